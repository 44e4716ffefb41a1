// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/AbstractCIBase.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;

public abstract class AbstractCIBase extends Node implements ItemGroup<TopLevelItem>, StaplerProxy, StaplerFallback, ViewGroup, AccessControlled, DescriptorByNameOwner {
    public static boolean LOG_STARTUP_PERFORMANCE;
    @NonNull @Deprecated public String getNodeName() { throw new UnsupportedOperationException(); }
    @Deprecated public String getUrl() { throw new UnsupportedOperationException(); }
    protected void resetLabel(Label l) { throw new UnsupportedOperationException(); }
    protected void setViewOwner(View v) { throw new UnsupportedOperationException(); }
    protected void interruptReloadThread() { throw new UnsupportedOperationException(); }
    public Set<String> getDisabledAdministrativeMonitors() { throw new UnsupportedOperationException(); }
    public void setDisabledAdministrativeMonitors(Set<String> disabledAdministrativeMonitors) { throw new UnsupportedOperationException(); }
    public abstract List<Node> getNodes();
    public abstract Queue getQueue();
    protected abstract ConcurrentMap<Node, Computer> getComputerMap();
    protected void updateNewComputer(Node n, boolean automaticAgentLaunch) { throw new UnsupportedOperationException(); }
    protected void updateComputerList(boolean automaticAgentLaunch, @NonNull Collection<Node> nodes) { throw new UnsupportedOperationException(); }
}
