package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What one backup run did: the document {@code planb backup --json} prints, the run record the
 * command keeps in its state directory, and what the Jenkins glue turns into a build result.
 *
 * @param host               the host
 * @param outcome            how it ended
 * @param snapshot           the snapshot taken; {@code null} unless SUCCESS or PARTIAL
 * @param dataset            the dataset or host directory; {@code null} if it was never resolved
 * @param startedAt          when the run began (millisecond precision, UTC)
 * @param finishedAt         when it ended
 * @param rsyncExitCode      rsync's exit code; {@code null} when rsync never ran
 * @param stats              rsync's {@code --stats} summary; {@link RsyncStats#NONE} when it printed none
 * @param destroyedSnapshots what retention destroyed after this run's snapshot
 * @param error              {@code null}, or the first meaningful line of what went wrong or why it was skipped
 * @param warnings           things an admin should know that did not change the outcome
 * @param phases             time per phase
 * @param sizes              space accounting after the run
 * @param snapshotCount      how many snapshots the host has after the run's snapshot and retention;
 *                           {@code -1} when the run took none or could not tell
 */
public record RunRecord(
        HostId host,
        Outcome outcome,
        String snapshot,
        String dataset,
        Instant startedAt,
        Instant finishedAt,
        Integer rsyncExitCode,
        RsyncStats stats,
        List<String> destroyedSnapshots,
        String error,
        List<String> warnings,
        PhaseTimes phases,
        DatasetSizes sizes,
        int snapshotCount) {

    /** A record that does not know the host's snapshot count. */
    public RunRecord(HostId host, Outcome outcome, String snapshot, String dataset, Instant startedAt,
            Instant finishedAt, Integer rsyncExitCode, RsyncStats stats, List<String> destroyedSnapshots,
            String error, List<String> warnings, PhaseTimes phases, DatasetSizes sizes) {
        this(host, outcome, snapshot, dataset, startedAt, finishedAt, rsyncExitCode, stats, destroyedSnapshots,
                error, warnings, phases, sizes, -1);
    }

    public RunRecord {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(outcome, "outcome");
        startedAt = Objects.requireNonNull(startedAt, "startedAt").truncatedTo(ChronoUnit.MILLIS);
        finishedAt = Objects.requireNonNull(finishedAt, "finishedAt").truncatedTo(ChronoUnit.MILLIS);
        stats = stats == null ? RsyncStats.NONE : stats;
        destroyedSnapshots = List.copyOf(destroyedSnapshots == null ? List.of() : destroyedSnapshots);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        phases = phases == null ? PhaseTimes.NONE : phases;
        sizes = sizes == null ? DatasetSizes.UNKNOWN : sizes;
        snapshotCount = Math.max(-1, snapshotCount);
        if (!outcome.snapshotTaken() && snapshot != null) {
            throw new IllegalArgumentException(outcome + " run cannot have a snapshot (" + snapshot + ")");
        }
    }

    /** A run that ended before rsync: skipped, or failed while preparing. */
    public static RunRecord withoutTransfer(
            HostId host, Outcome outcome, String dataset, Instant startedAt, Instant finishedAt, String error,
            List<String> warnings, PhaseTimes phases) {
        return new RunRecord(host, outcome, null, dataset, startedAt, finishedAt, null, RsyncStats.NONE,
                List.of(), error, warnings, phases, DatasetSizes.UNKNOWN);
    }

    public long durationMillis() {
        return Duration.between(startedAt, finishedAt).toMillis();
    }

    // The contract's counts are plain numbers for every run: what rsync reported, 0 when it
    // reported nothing (it never ran, or died before its summary). The raw -1s stay in stats.

    /** Entries rsync looked at (files, directories, links…). */
    public long filesTotal() {
        return Math.max(0, stats.filesTotal());
    }

    /** Regular files rsync transferred. */
    public long filesTransferred() {
        return Math.max(0, stats.filesTransferred());
    }

    /** rsync's "Total transferred file size": the size of the files that changed. */
    public long bytesTransferred() {
        return Math.max(0, stats.bytesTransferred());
    }

    /** The exit code of {@code planb backup} for this run alone. */
    public int exitCode() {
        return outcome.exitCode();
    }
}
