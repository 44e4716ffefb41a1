package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.time.Instant;

/**
 * One host as {@code planb status} shows it.
 *
 * @param host          the host
 * @param enabled       whether scheduled runs back it up
 * @param lastOutcome   the outcome of the newest recorded run; {@code null} if none was recorded
 * @param lastRunAt     when that run finished
 * @param lastError     that run's error line, or {@code null}
 * @param lastSuccessAt when the newest run that took a snapshot finished; {@code null} if none
 * @param snapshots     how many snapshots the storage holds for the host; {@code -1} if it could not say
 * @param newestSnapshot the newest snapshot name (in storage order), or {@code null}
 * @param usedBytes     space the host takes with its snapshots; {@code -1} if unknown
 * @param storageError  why the storage could not be read, or {@code null}
 */
public record HostStatus(
        HostId host,
        boolean enabled,
        Outcome lastOutcome,
        Instant lastRunAt,
        String lastError,
        Instant lastSuccessAt,
        int snapshots,
        String newestSnapshot,
        long usedBytes,
        String storageError) {}
