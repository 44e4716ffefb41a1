package io.jenkins.plugins.planb.item;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.Result;
import io.jenkins.plugins.planb.action.BuildReporting;
import io.jenkins.plugins.planb.action.OutcomeResults;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.backup.PendingBackup;
import io.jenkins.plugins.planb.backup.SnapshotGate;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.exec.PrivateFiles;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * One backup of a {@link BackupHost}. The build body is fixed, as in the Maven and Matrix job
 * types: transfer this host into the storage agent; then the post-build steps run, the first
 * PlanB's own snapshot-and-rotate, then whatever publishers the admin added (Mailer, email-ext, …).
 */
public class BackupHostBuild extends AbstractBuild<BackupHost, BackupHostBuild> {

    public BackupHostBuild(BackupHost project) throws IOException {
        super(project);
    }

    public BackupHostBuild(BackupHost project, File buildDir) throws IOException {
        super(project, buildDir);
    }

    @Override
    public void run() {
        execute(new BackupExecution());
    }

    /**
     * The fixed build body: the engine's transfer (phase one). Snapshot and retention (phase two)
     * run as the first post-build step, so that the publishers after it (Mailer, email-ext, …)
     * see the final outcome, result, run action and variables.
     */
    protected class BackupExecution extends AbstractBuildExecution {

        /**
         * The transfer {@link #doRun} did, for {@link #post2}: it holds the host's lock. Only in
         * memory for this build (never in build.xml); {@link #cleanUp} abandons it if post2 never
         * got to it.
         */
        private transient PendingBackup pending;

        @Override
        protected Result doRun(@NonNull BuildListener listener) throws Exception {
            if (!preBuild(listener, project.getPublishersList())) {
                return Result.FAILURE;
            }
            FilePath workspace = getWorkspace();
            if (workspace == null) {
                throw new AbortException("PlanB: no workspace on the storage agent");
            }
            FilePath tempParent = workspace.sibling(workspace.getName() + "@tmp");
            if (tempParent == null) {
                throw new AbortException("PlanB: no temporary directory next to " + workspace.getRemote());
            }
            // A lost agent can leave a previous run's key files behind; this host's builds never overlap.
            // Leftovers are the old run's problem, not a reason to skip this backup.
            try {
                PrivateFiles.sweep(tempParent);
            } catch (IOException e) {
                listener.getLogger().println("[planb] WARNING: cannot remove key files an earlier run left in "
                        + tempParent.getRemote() + ": " + e.getMessage());
            }
            PendingBackup transfer;
            try {
                transfer = HostBackup.transfer(BackupHostBuild.this, tempParent, launcher, getEnvironment(listener),
                        listener, project.backupRequest());
            } catch (AbortException e) {
                // Nothing ran (bad settings or credential), but the host is not backed up: it is a
                // failed run for the history, the host's summary, monitors and notifications alike.
                Instant started = Instant.ofEpochMilli(getStartTimeInMillis());
                Instant now = Instant.now();
                RunRecord failed = RunRecord.withoutTransfer(project.hostId(), Outcome.FAILED, null, started,
                        now.isBefore(started) ? started : now, e.getMessage(), List.of(), PhaseTimes.NONE);
                BuildReporting.report(BackupHostBuild.this, failed, listener, true);
                throw e;
            }
            if (!transfer.awaitsSnapshot()) {
                // SKIPPED or FAILED: the run is over (no snapshot either way); record it now.
                Result result = BuildReporting.report(BackupHostBuild.this, transfer.snapshotAndRotate(), listener,
                        true);
                if (Thread.interrupted()) {
                    // The engine has killed rsync and taken no snapshot; let Jenkins mark the build aborted.
                    throw new InterruptedException("PlanB: backup aborted");
                }
                return result;
            }
            pending = transfer;
            listener.getLogger().println("[planb] " + transfer.host() + ": transfer " + transfer.transferOutcome()
                    + "; snapshot and retention follow as the first post-build step");
            return Result.fromString(OutcomeResults.resultName(transfer.transferOutcome()));
        }

        @Override
        protected void post2(@NonNull BuildListener listener) throws Exception {
            finishBackup(listener);
            if (!performAllBuildSteps(listener, project.getPublishersList(), true)) {
                setResult(Result.FAILURE);
            }
            if (!performAllBuildSteps(listener, project.getProperties(), true)) {
                setResult(Result.FAILURE);
            }
        }

        /**
         * Only when post2 never got to phase two: the run must not keep the host's lock. The build
         * is in POST_PRODUCTION here, where its result can no longer change, so the abandoned run
         * is recorded and reported but the result stays what post2 left.
         */
        @Override
        public void cleanUp(@NonNull BuildListener listener) throws Exception {
            try {
                PendingBackup transfer = pending;
                if (transfer != null) {
                    pending = null;
                    try (transfer) {
                        BuildReporting.report(BackupHostBuild.this,
                                transfer.abandon("the build ended before snapshot-and-rotate ran: no snapshot taken"),
                                listener, true);
                    }
                }
            } finally {
                performAllBuildSteps(listener, project.getPublishersList(), false);
                performAllBuildSteps(listener, project.getProperties(), false);
                super.cleanUp(listener);
            }
        }

        /**
         * Phase two, once: snapshot and rotate, unless the build was aborted or went bad since the
         * transfer; then the result, run action, description and listeners from the final record.
         */
        private void finishBackup(BuildListener listener) {
            PendingBackup transfer = pending;
            if (transfer == null) {
                return;
            }
            pending = null;
            RunRecord record;
            try {
                Result soFar = getResult();
                record = SnapshotGate.abandonReason(soFar == null ? null : soFar.toString(),
                                Thread.currentThread().isInterrupted())
                        .map(transfer::abandon)
                        .orElseGet(transfer::snapshotAndRotate);
            } finally {
                transfer.close(); // a no-op once ended; releases the lock if anything above threw
            }
            setResult(BuildReporting.report(BackupHostBuild.this, record, listener, true));
        }
    }
}
