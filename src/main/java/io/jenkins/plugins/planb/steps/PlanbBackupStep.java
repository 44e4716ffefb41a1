package io.jenkins.plugins.planb.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.action.BuildReporting;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.freestyle.BackupStepFields;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code planbBackup host: 'acme/web01', connection: [address: 'web01.example.com', knownHostsEntry: '…'],
 * settings: [credentialsId: 'planb-key']}: backs up one host on the current node and returns the run record as a
 * map ({@code outcome}, {@code snapshot}, {@code bytesTransferred}, …). The work runs off the
 * Pipeline thread and stops (killing rsync, taking no snapshot) when the build is aborted. A
 * PARTIAL run marks the build UNSTABLE; a FAILED one fails the step unless {@code failOnError: false}.
 */
public class PlanbBackupStep extends Step {

    private final String host;
    private HostConnection connection;
    private BackupSettings settings;
    private String zfsParent;
    private String directoryPath;
    private boolean failOnError = true;

    @DataBoundConstructor
    public PlanbBackupStep(String host) {
        this.host = host == null ? "" : host.strip();
    }

    BackupStepFields fields() {
        return new BackupStepFields(host, connection, settings, zfsParent, directoryPath);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(this, context);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final transient PlanbBackupStep step;

        Execution(PlanbBackupStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            FilePath workspace = getContext().get(FilePath.class);
            Launcher launcher = getContext().get(Launcher.class);
            HostBackup.Request request = step.fields().toRequestOrAbort();
            RunRecord record = HostBackup.run(run, HostBackup.tempParent(workspace), launcher,
                    getContext().get(EnvVars.class), listener, request);
            Result result = BuildReporting.report(run, record, listener, false);
            if (Thread.interrupted()) {
                throw new InterruptedException("PlanB: backup aborted");
            }
            if (result == Result.UNSTABLE) {
                run.setResult(Result.UNSTABLE);
            }
            if (result == Result.FAILURE && step.isFailOnError()) {
                throw new AbortException("PlanB: backup of " + record.host() + " failed: " + record.error());
            }
            return StepResults.backup(record);
        }
    }

    public String getHost() {
        return host;
    }

    /** Null when the step says nothing about the connection; an ssh host then lacks its address and the build says so. */
    public HostConnection getConnection() {
        return connection;
    }

    @DataBoundSetter
    public void setConnection(HostConnection connection) {
        this.connection = connection;
    }

    /** Null when the step has no settings of its own (then the site's). */
    public BackupSettings getSettings() {
        return settings;
    }

    @DataBoundSetter
    public void setSettings(BackupSettings settings) {
        this.settings = settings;
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

    public boolean isFailOnError() {
        return failOnError;
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        this.failOnError = failOnError;
    }

    @Extension
    @Symbol("planbBackup")
    public static final class DescriptorImpl extends PlanbStepDescriptor {

        @Override
        public String getFunctionName() {
            return "planbBackup";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbBackupStep_DisplayName();
        }
    }
}
