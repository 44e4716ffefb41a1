// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/slaves/NodeProperty.java.
package hudson.slaves;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.DescriptorExtensionList;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.Descriptor.FormException;
import hudson.model.Environment;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.ReconfigurableDescribable;
import hudson.model.TaskListener;
import hudson.model.queue.CauseOfBlockage;
import java.io.IOException;
import java.util.List;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class NodeProperty<N extends Node> implements ReconfigurableDescribable<NodeProperty<?>>, ExtensionPoint {
    protected transient N node;
    protected void setNode(N node) { throw new UnsupportedOperationException(); }
    public NodePropertyDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
    @Deprecated public CauseOfBlockage canTake(Queue.Task task) { throw new UnsupportedOperationException(); }
    public CauseOfBlockage canTake(Queue.BuildableItem item) { throw new UnsupportedOperationException(); }
    public Environment setUp(AbstractBuild build, Launcher launcher, BuildListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void buildEnvVars(@NonNull EnvVars env, @NonNull TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public NodeProperty<?> reconfigure(StaplerRequest2 req, JSONObject form) throws FormException { throw new UnsupportedOperationException(); }
    public static DescriptorExtensionList<NodeProperty<?>, NodePropertyDescriptor> all() { throw new UnsupportedOperationException(); }
    public static List<NodePropertyDescriptor> for_(Node node) { throw new UnsupportedOperationException(); }
}
