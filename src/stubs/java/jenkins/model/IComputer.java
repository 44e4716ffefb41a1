// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/IComputer.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.util.List;
import java.util.concurrent.Future;
import jenkins.agents.IOfflineCause;
import org.jenkins.ui.icon.IconSpec;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

@Restricted(Beta.class) public interface IComputer extends AccessControlled, IconSpec, ModelObject, Named {
    @NonNull List<? extends IDisplayExecutor> getDisplayExecutors();
    boolean isOffline();
    boolean isAcceptingTasks();
    @NonNull String getUrl();
    default boolean hasOfflineCause() { throw new UnsupportedOperationException(); }
    IOfflineCause getOfflineCause();
    @NonNull default String getOfflineCauseReason() { throw new UnsupportedOperationException(); }
    boolean isConnecting();
    default String getIcon() { throw new UnsupportedOperationException(); }
    default String getIconAltText() { throw new UnsupportedOperationException(); }
    default String getTooltip() { throw new UnsupportedOperationException(); }
    default String getIconClassName() { throw new UnsupportedOperationException(); }
    int countBusy();
    int countExecutors();
    boolean isOnline();
    default boolean isConnected() { throw new UnsupportedOperationException(); }
    int countIdle();
    boolean isLaunchSupported();
    Future<?> connect(boolean forceReconnect);
    @NonNull default ACL getACL() { throw new UnsupportedOperationException(); }
}
