// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/AdministrativeMonitor.java.
package hudson.model;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.security.Permission;
import java.io.IOException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerProxy;

public abstract class AdministrativeMonitor extends AbstractModelObject implements ExtensionPoint, StaplerProxy {
    public final String id;
    protected AdministrativeMonitor(String id) { throw new UnsupportedOperationException(); }
    protected AdministrativeMonitor() { throw new UnsupportedOperationException(); }
    public String getUrl() { throw new UnsupportedOperationException(); }
    public String getDisplayName() { throw new UnsupportedOperationException(); }
    public final String getSearchUrl() { throw new UnsupportedOperationException(); }
    public void disable(boolean value) throws IOException { throw new UnsupportedOperationException(); }
    public boolean isEnabled() { throw new UnsupportedOperationException(); }
    public abstract boolean isActivated();
    @Restricted(NoExternalUse.class) public boolean isActivationFake() { throw new UnsupportedOperationException(); }
    public boolean isSecurity() { throw new UnsupportedOperationException(); }
    @Deprecated public Permission getRequiredPermission() { throw new UnsupportedOperationException(); }
    public void checkRequiredPermission() { throw new UnsupportedOperationException(); }
    public boolean hasRequiredPermission() { throw new UnsupportedOperationException(); }
    public static boolean hasPermissionToDisplay() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public Object getTarget() { throw new UnsupportedOperationException(); }
    public static ExtensionList<AdministrativeMonitor> all() { throw new UnsupportedOperationException(); }
}
