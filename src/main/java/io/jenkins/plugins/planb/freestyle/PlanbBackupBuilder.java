package io.jenkins.plugins.planb.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import io.jenkins.plugins.planb.action.BuildReporting;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.backup.PendingBackup;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Freestyle build step: transfer one host with the engine, on the node the build runs on.
 *
 * <p>When the job also has a {@link PlanbSnapshotRecorder} for the same host, a good transfer is
 * left to it (see {@link PendingTransfers}): the snapshot and retention then run as a post-build
 * step, after any later build steps, and the build's result and run action come from there.
 * Without such a recorder (or in a Pipeline) the builder does both phases at once, so a transfer
 * never goes without its snapshot. Either way, a failed transfer is never snapshotted.
 */
public class PlanbBackupBuilder extends Builder implements SimpleBuildStep {

    private final String host;
    private HostConnection connection;
    private BackupSettings settings;
    private String zfsParent;
    private String directoryPath;

    @DataBoundConstructor
    public PlanbBackupBuilder(String host) {
        this.host = host == null ? "" : host.strip();
    }

    BackupStepFields fields() {
        return new BackupStepFields(host, connection, settings, zfsParent, directoryPath);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        HostBackup.Request request = fields().toRequestOrAbort();
        FilePath privateParent = HostBackup.tempParent(workspace);
        if (!PendingTransfers.recorderFollows(run, request.id())) {
            // Nobody would take the snapshot later: do both phases now, as the Pipeline step does.
            conclude(run, HostBackup.run(run, privateParent, launcher, env, listener, request), listener);
            return;
        }
        PendingBackup transfer = HostBackup.transfer(run, privateParent, launcher, env, listener, request);
        if (!transfer.awaitsSnapshot()) {
            conclude(run, transfer.snapshotAndRotate(), listener); // SKIPPED or FAILED: over, no snapshot
            return;
        }
        PendingTransfers.put(run, transfer);
        listener.getLogger().println("[planb] " + transfer.host() + ": transfer " + transfer.transferOutcome()
                + "; the snapshot follows in the post-build step " + Messages.PlanbSnapshotRecorder_DisplayName());
        if (transfer.transferOutcome() == Outcome.PARTIAL) {
            run.setResult(Result.UNSTABLE);
        }
    }

    /**
     * Turns a finished run into the build's result, run action, description and listener calls;
     * fails the step for a FAILED or SKIPPED run, so that later steps do not build on it.
     */
    static void conclude(Run<?, ?> run, RunRecord record, TaskListener listener)
            throws IOException, InterruptedException {
        Result result = BuildReporting.report(run, record, listener, false);
        if (Thread.interrupted()) {
            throw new InterruptedException("PlanB: backup aborted");
        }
        if (result.isWorseThan(Result.SUCCESS)) {
            run.setResult(result);
        }
        if (result.isWorseOrEqualTo(Result.FAILURE)) {
            throw new AbortException("PlanB: backup of " + record.host() + " failed: " + record.error());
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

    @Extension
    @Symbol("planbTransfer")
    public static final class DescriptorImpl extends HostStepDescriptor<Builder> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbBackupBuilder_DisplayName();
        }
    }
}
