package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One host in {@code planb report}: its state from its whole history, its runs in the report's
 * period, and its space now, as the storage reports it.
 *
 * @param host            the host
 * @param enabled         whether scheduled runs back it up
 * @param dataset         its dataset or directory
 * @param state           where it stands ({@link HostSummary#state()})
 * @param lastSuccessAt   when its newest run that took a snapshot finished, or {@code null}
 * @param failingSince    when the first failure after its last snapshot started, or {@code null}
 * @param lastError       the error of its newest run while it is failing, else {@code null}
 * @param runs            its runs in the period by outcome, every outcome present
 * @param averageDuration the mean wall time of its runs in the period that took a snapshot, or {@code null}
 * @param snapshotCount   its snapshots now; {@code -1} if the storage could not say
 * @param sizes           its space now ({@code used}, {@code usedBySnapshots}, {@code referenced}); {@code -1} unknown
 * @param growthBytes     how its space grew over the period by its run records, or {@code null} with
 *                        fewer than two measurements in the period
 * @param space           its space after each run in the period that measured it, oldest first
 * @param storageError    why the storage or the run records could not be read, or {@code null}
 * @param unreadable      run records that could not be read
 */
public record HostReport(
        HostId host,
        boolean enabled,
        String dataset,
        HostSummary.State state,
        Instant lastSuccessAt,
        Instant failingSince,
        String lastError,
        Map<Outcome, Integer> runs,
        Duration averageDuration,
        int snapshotCount,
        DatasetSizes sizes,
        Long growthBytes,
        List<RunHistory.SpacePoint> space,
        String storageError,
        List<String> unreadable) {

    public HostReport {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(state, "state");
        Map<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            Integer count = runs == null ? null : runs.get(outcome);
            all.put(outcome, count == null ? Integer.valueOf(0) : count);
        }
        runs = java.util.Collections.unmodifiableMap(all);
        sizes = sizes == null ? DatasetSizes.UNKNOWN : sizes;
        space = List.copyOf(space == null ? List.of() : space);
        unreadable = List.copyOf(unreadable == null ? List.of() : unreadable);
    }

    /** How long ago the last snapshot was taken at {@code now}, or {@code null} if never. */
    public Duration lastSuccessAge(Instant now) {
        return lastSuccessAt == null ? null : Duration.between(lastSuccessAt, now);
    }

    public boolean isFailing() {
        return failingSince != null;
    }

    /** Runs in the period that took a snapshot. */
    public int successfulRuns() {
        return runs.get(Outcome.SUCCESS) + runs.get(Outcome.PARTIAL);
    }
}
