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
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.backup.PendingBackup;
import io.jenkins.plugins.planb.backup.SnapshotGate;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.item.HostItemGuard;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Post-build step: snapshot and rotate. After a {@link PlanbBackupBuilder} transfer of the same
 * host in this build it is the engine's second phase for that transfer (snapshot only after a
 * good transfer, retention, sizes; the build's result and run action come from it). Without one,
 * it freezes the host's live copy as a snapshot and applies retention. It never snapshots after a
 * failed or aborted build: a failed transfer leaves a half-written copy, and a snapshot of it
 * would be kept by retention as if it were a backup.
 */
public class PlanbSnapshotRecorder extends Recorder implements SimpleBuildStep {

    private final String host;
    private String retention;
    private String zfsParent;
    private String directoryPath;

    @DataBoundConstructor
    public PlanbSnapshotRecorder(String host) {
        this.host = host == null ? "" : host.strip();
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        HostId id;
        try {
            id = JobSettings.hostId(host);
        } catch (IllegalArgumentException e) {
            throw new AbortException("PlanB: " + e.getMessage());
        }
        HostItemGuard.checkMayUse(id);
        Optional<PendingBackup> transfer = PendingTransfers.take(run, id);
        if (transfer.isPresent()) {
            finishTransfer(run, transfer.get(), listener);
            return;
        }
        Result current = run.getResult();
        if (current != null && current.isWorseThan(Result.UNSTABLE)) {
            listener.getLogger().println("[planb] " + Messages.PlanbSnapshotRecorder_NotAfterFailure(current));
            return;
        }
        ResolvedSettings settings;
        try {
            settings = JobSettings.resolve(SettingLayer.ofStorage(retention, zfsParent, directoryPath),
                    PlanbGlobalConfiguration.get().toLayer());
        } catch (IllegalArgumentException e) {
            throw new AbortException("PlanB: " + e.getMessage());
        }
        if (settings.storage() == null) {
            throw new AbortException("PlanB: no storage: set a ZFS parent dataset or a directory here or in "
                    + "Manage Jenkins » System » PlanB");
        }
        StorageTasks tasks = StorageTasks.onNode(settings.storage(), launcher, env, listener);
        try {
            tasks.snapshot(id, Clock.systemUTC());
            tasks.prune(id, RetentionPolicy.parse(settings.retention()), false);
        } catch (StorageException e) {
            throw new AbortException("PlanB: " + id + ": " + e.getMessage());
        }
    }

    /**
     * Phase two for the transfer the builder left: snapshot and retention with the builder's
     * settings, unless the build was aborted or failed since the transfer.
     */
    private static void finishTransfer(Run<?, ?> run, PendingBackup transfer, TaskListener listener)
            throws IOException, InterruptedException {
        RunRecord record;
        try (transfer) {
            Result current = run.getResult();
            record = SnapshotGate.abandonReason(current == null ? null : current.toString(),
                            Thread.currentThread().isInterrupted())
                    .map(transfer::abandon)
                    .orElseGet(transfer::snapshotAndRotate);
        }
        PlanbBackupBuilder.conclude(run, record, listener);
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

    @Extension
    @Symbol("planbSnapshotAndRotate")
    public static final class DescriptorImpl extends HostStepDescriptor<Publisher> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbSnapshotRecorder_DisplayName();
        }
    }
}
