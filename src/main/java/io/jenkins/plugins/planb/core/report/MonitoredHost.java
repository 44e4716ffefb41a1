package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import java.util.Objects;

/**
 * One host as monitoring sees it: its identity, whether scheduled backups run, and its
 * {@link HostSummary}. Both front ends build these (the command from its configuration and
 * {@code summary.json}, Jenkins from its host items), so the metrics and the Zabbix output are
 * written by one piece of code for both.
 */
public record MonitoredHost(HostId host, boolean enabled, HostSummary summary) {

    public MonitoredHost {
        Objects.requireNonNull(host, "host");
        summary = summary == null ? HostSummary.NEVER_RUN : summary;
    }
}
