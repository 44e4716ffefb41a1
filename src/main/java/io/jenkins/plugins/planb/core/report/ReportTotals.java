package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.run.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Several hosts of a report added up: a group, or the whole report. Sizes add the hosts whose
 * size is known; {@link #sizesUnknown} says how many could not be measured.
 *
 * @param hosts                 how many hosts
 * @param failing               how many are failing (runs failed since their last snapshot)
 * @param neverSucceeded        how many never took a snapshot
 * @param newestSuccessAt       the newest last snapshot of any host, or {@code null}
 * @param oldestSuccessAt       the oldest last snapshot among the hosts that took one: the host
 *                              longest without a new backup; {@code null} if none did
 * @param runs                  runs in the period by outcome
 * @param averageDuration       the mean wall time of all runs in the period that took a snapshot, or {@code null}
 * @param snapshotCount         snapshots now, of the hosts whose count is known
 * @param usedBytes             space now, everything
 * @param usedBySnapshotsBytes  of that, what only the snapshots hold
 * @param referencedBytes       what the live copies (newest snapshots) refer to
 * @param growthBytes           growth over the period, of the hosts with two or more measurements in it;
 *                              {@code null} when no host has
 * @param sizesUnknown          hosts whose {@code used} the storage could not tell
 */
public record ReportTotals(
        int hosts,
        int failing,
        int neverSucceeded,
        Instant newestSuccessAt,
        Instant oldestSuccessAt,
        Map<Outcome, Integer> runs,
        Duration averageDuration,
        long snapshotCount,
        long usedBytes,
        long usedBySnapshotsBytes,
        long referencedBytes,
        Long growthBytes,
        int sizesUnknown) {

    public ReportTotals {
        runs = Collections.unmodifiableMap(new EnumMap<>(runs));
    }

    public static ReportTotals of(List<HostReport> hosts) {
        int failing = 0;
        int neverSucceeded = 0;
        Instant newest = null;
        Instant oldest = null;
        Map<Outcome, Integer> runs = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            runs.put(outcome, 0);
        }
        long successMillis = 0;
        long successes = 0;
        long snapshots = 0;
        long used = 0;
        long bySnapshots = 0;
        long referenced = 0;
        Long growth = null;
        int unknown = 0;
        for (HostReport host : hosts) {
            if (host.isFailing()) {
                failing++;
            }
            if (host.lastSuccessAt() == null) {
                neverSucceeded++;
            } else {
                newest = newest == null || host.lastSuccessAt().isAfter(newest) ? host.lastSuccessAt() : newest;
                oldest = oldest == null || host.lastSuccessAt().isBefore(oldest) ? host.lastSuccessAt() : oldest;
            }
            host.runs().forEach((outcome, count) -> runs.merge(outcome, count, Integer::sum));
            if (host.averageDuration() != null) {
                successMillis += host.averageDuration().toMillis() * host.successfulRuns();
                successes += host.successfulRuns();
            }
            snapshots += Math.max(0, host.snapshotCount());
            if (host.sizes().used() < 0) {
                unknown++;
            } else {
                used += host.sizes().used();
            }
            bySnapshots += Math.max(0, host.sizes().usedBySnapshots());
            referenced += Math.max(0, host.sizes().referenced());
            if (host.growthBytes() != null) {
                growth = (growth == null ? 0 : growth) + host.growthBytes();
            }
        }
        Duration average = successes == 0 ? null : Duration.ofMillis(successMillis / successes);
        return new ReportTotals(hosts.size(), failing, neverSucceeded, newest, oldest, runs, average, snapshots, used,
                bySnapshots, referenced, growth, unknown);
    }
}
