// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/JobProperty.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.Launcher;
import hudson.model.Descriptor.FormException;
import hudson.model.queue.SubTask;
import hudson.tasks.BuildStep;
import hudson.tasks.BuildStepMonitor;
import java.io.IOException;
import java.util.Collection;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class JobProperty<J extends Job<?, ?>> implements ReconfigurableDescribable<JobProperty<?>>, BuildStep, ExtensionPoint {
    protected transient J owner;
    protected void setOwner(J owner) { throw new UnsupportedOperationException(); }
    public JobPropertyDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
    @Deprecated public Action getJobAction(J job) { throw new UnsupportedOperationException(); }
    @NonNull public Collection<? extends Action> getJobActions(J job) { throw new UnsupportedOperationException(); }
    public boolean prebuild(AbstractBuild<?, ?> build, BuildListener listener) { throw new UnsupportedOperationException(); }
    public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
    public BuildStepMonitor getRequiredMonitorService() { throw new UnsupportedOperationException(); }
    public final Action getProjectAction(AbstractProject<?, ?> project) { throw new UnsupportedOperationException(); }
    @NonNull public final Collection<? extends Action> getProjectActions(AbstractProject<?, ?> project) { throw new UnsupportedOperationException(); }
    public Collection<?> getJobOverrides() { throw new UnsupportedOperationException(); }
    public JobProperty<?> reconfigure(StaplerRequest2 req, JSONObject form) throws FormException { throw new UnsupportedOperationException(); }
    public Collection<? extends SubTask> getSubTasks() { throw new UnsupportedOperationException(); }
}
