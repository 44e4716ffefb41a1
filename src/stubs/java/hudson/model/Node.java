// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Node.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Descriptor.FormException;
import hudson.model.Queue.Task;
import hudson.model.labels.LabelAtom;
import hudson.model.queue.CauseOfBlockage;
import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.slaves.NodeDescriptor;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.util.ClockDifference;
import hudson.util.DescribableList;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.accmod.restrictions.ProtectedExternally;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class Node extends AbstractModelObject implements ReconfigurableDescribable<Node>, ExtensionPoint, AccessControlled, OnMaster, PersistenceRoot {
    public static boolean SKIP_BUILD_CHECK_ON_FLYWEIGHTS;
    protected transient volatile boolean holdOffLaunchUntilSave;
    public String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getSearchUrl() { throw new UnsupportedOperationException(); }
    public boolean isHoldOffLaunchUntilSave() { throw new UnsupportedOperationException(); }
    public void save() throws IOException { throw new UnsupportedOperationException(); }
    @Exported(visibility = 999) @NonNull public abstract String getNodeName();
    @Deprecated public abstract void setNodeName(String name);
    @Exported public abstract String getNodeDescription();
    public abstract Launcher createLauncher(TaskListener listener);
    @Exported public abstract int getNumExecutors();
    @Exported public abstract Mode getMode();
    @CheckForNull public final Computer toComputer() { throw new UnsupportedOperationException(); }
    @CheckForNull public final VirtualChannel getChannel() { throw new UnsupportedOperationException(); }
    @CheckForNull @Restricted(ProtectedExternally.class) protected abstract Computer createComputer();
    public boolean isAcceptingTasks() { throw new UnsupportedOperationException(); }
    @NonNull @Restricted(NoExternalUse.class) protected Set<LabelAtom> getLabelAtomSet() { throw new UnsupportedOperationException(); }
    @Exported public Set<LabelAtom> getAssignedLabels() { throw new UnsupportedOperationException(); }
    @NonNull @Restricted(NoExternalUse.class) public Set<LabelAtom> drainLabelsToTrim() { throw new UnsupportedOperationException(); }
    public abstract String getLabelString();
    public void setLabelString(String labelString) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public LabelAtom getSelfLabel() { throw new UnsupportedOperationException(); }
    @Deprecated public CauseOfBlockage canTake(Task task) { throw new UnsupportedOperationException(); }
    public CauseOfBlockage canTake(Queue.BuildableItem item) { throw new UnsupportedOperationException(); }
    @CheckForNull public abstract FilePath getWorkspaceFor(TopLevelItem item);
    @CheckForNull public abstract FilePath getRootPath();
    @CheckForNull public FilePath createPath(String absolutePath) { throw new UnsupportedOperationException(); }
    @NonNull public abstract DescribableList<NodeProperty<?>, NodePropertyDescriptor> getNodeProperties();
    @CheckForNull public <T extends NodeProperty> T getNodeProperty(Class<T> clazz) { throw new UnsupportedOperationException(); }
    @CheckForNull public NodeProperty getNodeProperty(String className) { throw new UnsupportedOperationException(); }
    public List<NodePropertyDescriptor> getNodePropertyDescriptors() { throw new UnsupportedOperationException(); }
    @NonNull public ACL getACL() { throw new UnsupportedOperationException(); }
    public Node reconfigure(@NonNull StaplerRequest2 req, JSONObject form) throws FormException { throw new UnsupportedOperationException(); }
    public abstract NodeDescriptor getDescriptor();
    public ClockDifference getClockDifference() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public abstract Callable<ClockDifference, IOException> getClockDifferenceCallable();
    public File getRootDir() { throw new UnsupportedOperationException(); }
    public enum Mode {
        NORMAL, EXCLUSIVE;
        public String getDescription() { throw new UnsupportedOperationException(); }
        public String getName() { throw new UnsupportedOperationException(); }
    }
}
