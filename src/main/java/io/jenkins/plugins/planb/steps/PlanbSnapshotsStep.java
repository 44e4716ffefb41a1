package io.jenkins.plugins.planb.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code planbSnapshots host: 'acme/web01'}: returns {@code [host, dataset, snapshots]}, oldest first. */
public class PlanbSnapshotsStep extends PlanbStorageStep {

    @DataBoundConstructor
    public PlanbSnapshotsStep(String host) {
        super(host);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(this, context);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final transient PlanbSnapshotsStep step;

        Execution(PlanbSnapshotsStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            HostId id = JobSettings.hostId(step.getHost());
            StorageTasks tasks = step.tasks(getContext().get(Launcher.class), listener);
            try {
                return StepResults.snapshots(id.toString(), tasks.dataset(id), tasks.list(id));
            } catch (StorageException e) {
                throw new AbortException("PlanB: " + id + ": " + e.getMessage());
            }
        }
    }

    @Extension
    @Symbol("planbSnapshots")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, Launcher.class, FilePath.class);
        }

        @Override
        public String getFunctionName() {
            return "planbSnapshots";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbSnapshotsStep_DisplayName();
        }
    }
}
