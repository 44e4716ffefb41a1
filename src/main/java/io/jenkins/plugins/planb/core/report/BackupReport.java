package io.jenkins.plugins.planb.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code planb report} shows, in every format: per group and host, the state, the runs of
 * the period {@code [since, generatedAt]} and the space now.
 *
 * @param generatedAt when the report was made: "now" for ages and the end of the period
 * @param period      how far back the runs are counted
 * @param groups      the groups asked for, in configuration order
 */
public record BackupReport(Instant generatedAt, Duration period, List<GroupReport> groups) {

    public BackupReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(period, "period");
        groups = List.copyOf(groups);
    }

    /** The start of the period. */
    public Instant since() {
        return generatedAt.minus(period);
    }

    public List<HostReport> hosts() {
        return groups.stream().flatMap(group -> group.hosts().stream()).toList();
    }

    public ReportTotals totals() {
        return ReportTotals.of(hosts());
    }
}
