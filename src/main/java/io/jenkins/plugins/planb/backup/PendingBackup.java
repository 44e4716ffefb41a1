package io.jenkins.plugins.planb.backup;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.BackupRunner;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.io.PrintStream;
import java.util.Optional;

/**
 * A host's backup inside one build, between the engine's two phases: the transfer is done (the
 * host's lock is held, the SSH key files are already deleted), snapshot-and-rotate is not. It
 * lives only in memory, for one build; never serialize it.
 *
 * <p>Exactly one of {@link #snapshotAndRotate}, {@link #abandon} or {@link #close} ends it; each
 * prints the run's summary to the build log. Closing an unended backup abandons it: no snapshot,
 * the live copy kept for the next run, the lock released.
 */
public final class PendingBackup implements AutoCloseable {

    private final BackupRunner engine;
    private final BackupRunner.Transfer transfer;
    private final PrintStream log;

    PendingBackup(BackupRunner engine, BackupRunner.Transfer transfer, PrintStream log) {
        this.engine = engine;
        this.transfer = transfer;
        this.log = log;
    }

    public HostId host() {
        return transfer.host();
    }

    /** The transfer's outcome: SUCCESS or PARTIAL while the snapshot is due, else the run's final one. */
    public Outcome transferOutcome() {
        return transfer.outcome();
    }

    /** Whether snapshot-and-rotate would take a snapshot (a good transfer, not yet ended). */
    public boolean awaitsSnapshot() {
        return transfer.awaitsSnapshot();
    }

    public boolean isEnded() {
        return transfer.isEnded();
    }

    /** Phase two: snapshot and retention after a good transfer; records and unlocks in any case. */
    public RunRecord snapshotAndRotate() {
        RunRecord record = engine.snapshotAndRotate(transfer);
        HostBackup.report(log, record);
        return record;
    }

    /** Ends the run without a snapshot: a good transfer becomes FAILED with {@code reason}. */
    public RunRecord abandon(String reason) {
        RunRecord record = engine.abandon(transfer, reason);
        HostBackup.report(log, record);
        return record;
    }

    /** The final record once ended. */
    public Optional<RunRecord> record() {
        return transfer.record();
    }

    /** Abandons the run unless it has ended; never throws. */
    @Override
    public void close() {
        if (!transfer.isEnded()) {
            transfer.close();
            transfer.record().ifPresent(record -> HostBackup.report(log, record));
        }
    }
}
