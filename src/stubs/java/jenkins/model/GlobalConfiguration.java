// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/GlobalConfiguration.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration> implements ExtensionPoint, Describable<GlobalConfiguration> {
    protected GlobalConfiguration() { super(); throw new UnsupportedOperationException(); }
    public final Descriptor<GlobalConfiguration> getDescriptor() { throw new UnsupportedOperationException(); }
    public String getGlobalConfigPage() { throw new UnsupportedOperationException(); }
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException { throw new UnsupportedOperationException(); }
    @NonNull public static ExtensionList<GlobalConfiguration> all() { throw new UnsupportedOperationException(); }
}
