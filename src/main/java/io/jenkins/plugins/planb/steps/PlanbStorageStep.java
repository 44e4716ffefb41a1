package io.jenkins.plugins.planb.steps;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Launcher;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.item.HostItemGuard;
import java.io.IOException;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What the storage-only steps ({@code planbSnapshot}, {@code planbPrune}, {@code planbSnapshots})
 * share: the host ({@code group/host}) and where its backups are, falling back to the site's
 * storage and retention, and running off the Pipeline thread. Each step says only what it does
 * with the storage, in {@link #perform}.
 */
public abstract class PlanbStorageStep extends Step {

    private final String host;
    private String retention;
    private String zfsParent;
    private String directoryPath;

    protected PlanbStorageStep(String host) {
        this.host = host == null ? "" : host.strip();
    }

    /** The step's work on the host's storage; what it returns is what the script gets. */
    abstract Map<String, Object> perform(HostId id, StorageTasks tasks)
            throws StorageException, IOException, InterruptedException;

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(this, context);
    }

    public String getHost() {
        return host;
    }

    public String getRetention() {
        return retention;
    }

    @DataBoundSetter
    public void setRetention(String retention) {
        this.retention = FormChecks.trimToNull(retention);
    }

    public String getZfsParent() {
        return zfsParent;
    }

    @DataBoundSetter
    public void setZfsParent(String zfsParent) {
        this.zfsParent = FormChecks.trimToNull(zfsParent);
    }

    public String getDirectoryPath() {
        return directoryPath;
    }

    @DataBoundSetter
    public void setDirectoryPath(String directoryPath) {
        this.directoryPath = FormChecks.trimToNull(directoryPath);
    }

    /** The step's settings over the site's. */
    ResolvedSettings settings() {
        return JobSettings.resolve(SettingLayer.ofStorage(retention, zfsParent, directoryPath),
                PlanbGlobalConfiguration.get().toLayer());
    }

    /** The engine's storage operations on the node of {@code launcher}. */
    StorageTasks tasks(Launcher launcher, EnvVars env, TaskListener listener) throws AbortException {
        ResolvedSettings settings = settings();
        if (settings.storage() == null) {
            throw new AbortException("PlanB: no storage: pass zfsParent or directoryPath, or set one in "
                    + "Manage Jenkins » System » PlanB");
        }
        return StorageTasks.onNode(settings.storage(), launcher, env, listener);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final transient PlanbStorageStep step;

        Execution(PlanbStorageStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            HostId id;
            try {
                id = JobSettings.hostId(step.getHost());
            } catch (IllegalArgumentException e) {
                throw new AbortException("PlanB: " + e.getMessage());
            }
            HostItemGuard.checkMayUse(id);
            StorageTasks tasks = step.tasks(getContext().get(Launcher.class), getContext().get(EnvVars.class), listener);
            try {
                return step.perform(id, tasks);
            } catch (StorageException e) {
                throw new AbortException("PlanB: " + id + ": " + e.getMessage());
            }
        }
    }
}
