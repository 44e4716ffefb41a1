package io.jenkins.plugins.planb.core.report;

import java.util.List;
import java.util.Objects;

/** One group of a report: its hosts in configuration order, and their totals. */
public record GroupReport(String name, List<HostReport> hosts) {

    public GroupReport {
        Objects.requireNonNull(name, "name");
        hosts = List.copyOf(hosts);
    }

    public ReportTotals totals() {
        return ReportTotals.of(hosts);
    }
}
