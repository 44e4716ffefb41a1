package io.jenkins.plugins.planb.core.history;

import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A host's state in a few values, kept up to date one run at a time ({@link #after(RunRecord)}),
 * so a list of a thousand hosts reads one small summary per host instead of walking each host's
 * history. {@link RunHistory#summary()} folds a whole history into the same values.
 *
 * <p>Times are epoch milliseconds and unknown values {@code -1} (or {@code null} for text), so a
 * summary stores as plain fields anywhere (a Jenkins item's XML, a JSON file).
 *
 * @param lastRunAt             when the newest run that was not skipped finished
 * @param lastOutcome           that run's outcome, or {@code null} if there was none
 * @param lastError             that run's error line, or {@code null}
 * @param lastDurationMillis    that run's wall time
 * @param lastBytesTransferred  what that run transferred (rsync's "Total transferred file size", 0 when
 *                              rsync reported nothing); {@code -1} when unknown (a summary written
 *                              before this was kept)
 * @param lastSuccessAt         when the newest run that took a snapshot finished
 * @param firstSuccessAt        when the oldest run that took a snapshot finished
 * @param failingSince          when the first failure after the last snapshot started; {@code -1} when not failing
 * @param failuresSinceSuccess  how many runs failed since the last snapshot
 * @param recentSuccessMillis   the wall times of the newest successful runs, oldest first, at most {@link #RECENT}
 * @param usedBytes             the host's space after the newest run that measured it
 * @param referencedBytes       what its live copy referred to then
 * @param snapshotBytes         what its snapshots alone held then
 * @param snapshotCount         its snapshot count after the newest run that knew it
 */
public record HostSummary(
        long lastRunAt,
        Outcome lastOutcome,
        String lastError,
        long lastDurationMillis,
        long lastBytesTransferred,
        long lastSuccessAt,
        long firstSuccessAt,
        long failingSince,
        int failuresSinceSuccess,
        List<Long> recentSuccessMillis,
        long usedBytes,
        long referencedBytes,
        long snapshotBytes,
        int snapshotCount) {

    /** How many successful runs the average duration covers. */
    public static final int RECENT = 10;

    /** A host that never ran. */
    public static final HostSummary NEVER_RUN =
            new HostSummary(-1, null, null, -1, -1, -1, -1, -1, 0, List.of(), -1, -1, -1, -1);

    public HostSummary {
        recentSuccessMillis = List.copyOf(recentSuccessMillis == null ? List.of() : recentSuccessMillis);
    }

    /** A summary that does not know what the last run transferred (the shape before it was kept). */
    public HostSummary(long lastRunAt, Outcome lastOutcome, String lastError, long lastDurationMillis,
            long lastSuccessAt, long firstSuccessAt, long failingSince, int failuresSinceSuccess,
            List<Long> recentSuccessMillis, long usedBytes, long referencedBytes, long snapshotBytes,
            int snapshotCount) {
        this(lastRunAt, lastOutcome, lastError, lastDurationMillis, -1, lastSuccessAt, firstSuccessAt, failingSince,
                failuresSinceSuccess, recentSuccessMillis, usedBytes, referencedBytes, snapshotBytes, snapshotCount);
    }

    /** The summary once {@code run} has finished; skipped runs change nothing. */
    public HostSummary after(RunRecord run) {
        if (run.outcome() == Outcome.SKIPPED) {
            return this;
        }
        long finished = run.finishedAt().toEpochMilli();
        boolean success = run.outcome().snapshotTaken();
        List<Long> recent = recentSuccessMillis;
        if (success) {
            List<Long> longer = new ArrayList<>(recentSuccessMillis);
            longer.add(run.durationMillis());
            recent = longer.subList(Math.max(0, longer.size() - RECENT), longer.size());
        }
        return new HostSummary(
                finished,
                run.outcome(),
                run.error(),
                run.durationMillis(),
                run.bytesTransferred(),
                success ? finished : lastSuccessAt,
                success && firstSuccessAt < 0 ? finished : firstSuccessAt,
                success ? -1 : failingSince >= 0 ? failingSince : run.startedAt().toEpochMilli(),
                success ? 0 : failuresSinceSuccess + 1,
                recent,
                run.sizes().used() >= 0 ? run.sizes().used() : usedBytes,
                run.sizes().used() >= 0 ? run.sizes().referenced() : referencedBytes,
                run.sizes().used() >= 0 ? run.sizes().usedBySnapshots() : snapshotBytes,
                run.snapshotCount() >= 0 ? run.snapshotCount() : snapshotCount);
    }

    /**
     * The summary after snapshots were destroyed outside a backup (a prune): the runs are
     * unchanged, the snapshot count and the space are what was measured afterwards. Values the
     * storage could not tell ({@code -1}) keep what was known.
     */
    public HostSummary afterPrune(int snapshotsLeft, DatasetSizes sizes) {
        boolean measured = sizes.used() >= 0;
        return new HostSummary(lastRunAt, lastOutcome, lastError, lastDurationMillis, lastBytesTransferred,
                lastSuccessAt, firstSuccessAt, failingSince, failuresSinceSuccess, recentSuccessMillis,
                measured ? sizes.used() : usedBytes,
                measured ? sizes.referenced() : referencedBytes,
                measured ? sizes.usedBySnapshots() : snapshotBytes,
                snapshotsLeft >= 0 ? snapshotsLeft : snapshotCount);
    }

    /** Whether any run was recorded that was not skipped. */
    public boolean hasRun() {
        return lastOutcome != null;
    }

    public boolean isFailing() {
        return failingSince >= 0;
    }

    /** The mean of {@link #recentSuccessMillis()}; {@code -1} with no success yet. */
    public long averageSuccessMillis() {
        return recentSuccessMillis.isEmpty()
                ? -1
                : recentSuccessMillis.stream().mapToLong(Long::longValue).sum() / recentSuccessMillis.size();
    }

    /**
     * Whether the host has had no snapshot for longer than {@code limitMillis} at {@code now}: a
     * host that never succeeded is overdue once its first run is older than the limit, and a host
     * that never ran is not (it is "never backed up", a state of its own).
     */
    public boolean isOverdue(long now, long limitMillis) {
        if (lastSuccessAt >= 0) {
            return now - lastSuccessAt > limitMillis;
        }
        return failingSince >= 0 && now - failingSince > limitMillis;
    }

    /** Where a host stands, for lists, monitors and the status API. */
    public State state() {
        if (!hasRun()) {
            return State.NEVER_RUN;
        }
        if (isFailing()) {
            return lastSuccessAt < 0 ? State.NEVER_SUCCEEDED : State.FAILING;
        }
        return lastOutcome == Outcome.PARTIAL ? State.PARTIAL : State.OK;
    }

    /** How many of {@code summaries} are in each state, every state present (zeros included), in enum order. */
    public static Map<State, Integer> countByState(Collection<HostSummary> summaries) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State state : State.values()) {
            counts.put(state, 0);
        }
        for (HostSummary summary : summaries) {
            counts.merge(summary.state(), 1, Integer::sum);
        }
        return counts;
    }

    /** A host's state in one word. */
    public enum State {
        /** The newest run took a complete snapshot. */
        OK,
        /** The newest run took a snapshot with warnings (files vanished or unreadable). */
        PARTIAL,
        /** Runs failed since the last snapshot. */
        FAILING,
        /** Every run so far failed. */
        NEVER_SUCCEEDED,
        /** No run yet. */
        NEVER_RUN
    }
}
