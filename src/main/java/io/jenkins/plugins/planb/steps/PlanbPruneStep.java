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
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code planbPrune host: 'acme/web01', dryRun: true}: applies the retention policy to the
 * host's snapshots; returns {@code [host, dataset, dryRun, kept, destroyed]}. Manual snapshots
 * and the newest snapshot are always kept (the engine's rule).
 */
public class PlanbPruneStep extends PlanbStorageStep {

    private boolean dryRun;

    @DataBoundConstructor
    public PlanbPruneStep(String host) {
        super(host);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(this, context);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final transient PlanbPruneStep step;

        Execution(PlanbPruneStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            HostId id = JobSettings.hostId(step.getHost());
            StorageTasks tasks = step.tasks(getContext().get(Launcher.class), listener);
            try {
                RetentionPlan plan = tasks.prune(id, RetentionPolicy.parse(step.settings().retention()), step.isDryRun());
                return StepResults.prune(id.toString(), tasks.dataset(id), plan, step.isDryRun());
            } catch (StorageException e) {
                throw new AbortException("PlanB: " + id + ": " + e.getMessage());
            }
        }
    }

    @Extension
    @Symbol("planbPrune")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, Launcher.class, FilePath.class);
        }

        @Override
        public String getFunctionName() {
            return "planbPrune";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbPruneStep_DisplayName();
        }
    }
}
