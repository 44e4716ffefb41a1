package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.config.GroupSpec;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes a {@link BackupReport}: for every host of the groups asked for, its state from its
 * {@link HostSummary} (whole history), its counts, mean duration and growth from the
 * {@link RunHistory} of the period, and its snapshot count and space from the storage now
 * ({@link Storage#listSnapshots}, {@link Storage#sizes}), so the sizes are what {@code zfs get}
 * or {@code du} say at the time of the report, not what the last run saw.
 *
 * <p>One host's storage or records failing to read does not stop the report: that host shows
 * the error and unknown values.
 */
public final class ReportBuilder {

    private final Storage storage;
    private final RunSource runs;

    public ReportBuilder(Storage storage, RunSource runs) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /**
     * @param groups the groups to report, in the order given
     * @param now    the end of the period, and what ages are measured from
     * @param period how far back runs are counted; more than zero
     */
    public BackupReport build(List<GroupSpec> groups, Instant now, Duration period) throws InterruptedException {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the report period must be longer than 0, got " + period);
        }
        Instant since = now.minus(period);
        List<GroupReport> reports = new ArrayList<>();
        for (GroupSpec group : groups) {
            List<HostReport> hosts = new ArrayList<>();
            for (HostSpec host : group.hosts()) {
                hosts.add(host(host, since));
            }
            reports.add(new GroupReport(group.name(), hosts));
        }
        return new BackupReport(now, period, reports);
    }

    HostReport host(HostSpec spec, Instant since) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        HostSummary summary = HostSummary.NEVER_RUN;
        RunHistory period = RunHistory.of(spec.id(), List.of());
        try {
            summary = runs.summary(spec.id());
            period = RunHistory.of(spec.id(), runs.history(spec.id(), since, unreadable));
        } catch (IOException e) {
            problems.add("run records unreadable: " + e.getMessage());
        }
        int snapshotCount = -1;
        DatasetSizes sizes = DatasetSizes.UNKNOWN;
        try {
            snapshotCount = storage.listSnapshots(spec.id()).size();
            sizes = storage.sizes(spec.id());
        } catch (StorageException | IOException e) {
            problems.add(e.getMessage());
        }
        return new HostReport(
                spec.id(),
                spec.enabled(),
                storage.datasetName(spec.id()),
                summary.state(),
                summary.lastSuccessAt() < 0 ? null : Instant.ofEpochMilli(summary.lastSuccessAt()),
                summary.isFailing() ? Instant.ofEpochMilli(summary.failingSince()) : null,
                summary.isFailing() ? summary.lastError() : null,
                period.counts(),
                period.averageSuccessDuration().orElse(null),
                snapshotCount,
                sizes,
                period.growthBytes().orElse(null),
                period.space(),
                problems.isEmpty() ? null : String.join("; ", problems),
                unreadable);
    }
}
