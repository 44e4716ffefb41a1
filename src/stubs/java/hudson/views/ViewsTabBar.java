// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/views/ViewsTabBar.java.
package hudson.views;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.DescriptorExtensionList;
import hudson.Extension;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.View;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class ViewsTabBar implements Describable<ViewsTabBar>, ExtensionPoint {
    public static DescriptorExtensionList<ViewsTabBar, Descriptor<ViewsTabBar>> all() { throw new UnsupportedOperationException(); }
    @NonNull @Restricted(NoExternalUse.class) public List<View> sort(@NonNull List<? extends View> views) { throw new UnsupportedOperationException(); }
    @Extension(ordinal = 310) @Symbol("viewsTabBar") public static class GlobalConfigurationImpl extends GlobalConfiguration {
        public ViewsTabBar getViewsTabBar() { throw new UnsupportedOperationException(); }
        public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException { throw new UnsupportedOperationException(); }
    }
}
