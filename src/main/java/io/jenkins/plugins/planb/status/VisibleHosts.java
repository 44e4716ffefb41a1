package io.jenkins.plugins.planb.status;

import hudson.model.Item;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.report.MonitoredHost;
import io.jenkins.plugins.planb.item.BackupHost;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;

/**
 * The host items the current user may read, sorted by group and host, each with its summary
 * ({@link BackupHost#summary()}: kept in memory and in {@code planb-summary.json}, never read from
 * the builds). Item/Read is checked here on every item, whatever Jenkins' item listing already
 * filters, because this is the whole of the status API's access control over host data.
 */
final class VisibleHosts {

    private VisibleHosts() {}

    /** The readable host items, one per {@code group/host}. */
    static List<BackupHost> items() {
        List<BackupHost> hosts = new ArrayList<>();
        Set<HostId> seen = new HashSet<>();
        for (BackupHost host : Jenkins.get().allItems(BackupHost.class)) {
            if (host.hasPermission(Item.READ) && seen.add(host.hostId())) {
                hosts.add(host);
            }
        }
        hosts.sort(Comparator.comparing((BackupHost h) -> h.hostId().group()).thenComparing(h -> h.hostId().host()));
        return hosts;
    }

    static List<HostState> states(long now) {
        List<HostState> states = new ArrayList<>();
        for (BackupHost host : items()) {
            var summary = host.summary();
            boolean enabled = !host.isDisabled();
            states.add(new HostState(host.hostId(), host.getFullName(), host.getUrl(), enabled, summary,
                    host.isOverdue(now), host.overdueHours()));
        }
        return states;
    }

    static List<MonitoredHost> monitored() {
        List<MonitoredHost> hosts = new ArrayList<>();
        for (BackupHost host : items()) {
            hosts.add(new MonitoredHost(host.hostId(), !host.isDisabled(), host.summary()));
        }
        return hosts;
    }
}
