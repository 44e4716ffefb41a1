package io.jenkins.plugins.planb.monitor;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AdministrativeMonitor;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.summary.HostSummaryView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import jenkins.model.Jenkins;

/**
 * "PlanB: hosts without a recent backup": the enabled hosts whose last snapshot is older than
 * their group's (or the site's) overdue limit, with their last success and last error. Read from
 * each host's summary ({@link BackupHost#summary()}), never from its builds, and kept for a
 * minute: <em>Manage Jenkins</em> asks every monitor on every visit.
 */
@Extension
public final class OverdueHostsMonitor extends AdministrativeMonitor {

    /** How many hosts the message lists; when a storage agent was away for days, all may be overdue. */
    static final int SHOWN = 50;

    /** How long one look at all hosts is reused. */
    static final long CACHE_MILLIS = TimeUnit.MINUTES.toMillis(1);

    /** One overdue host, as the monitor's page lists it. */
    public record OverdueHost(String fullName, String url, int limitHours, long lastSuccessAt, String lastError) {
        public String getLastSuccess() {
            return lastSuccessAt < 0 ? "never" : HostSummaryView.time(lastSuccessAt); // as the host page writes it
        }
    }

    private record Snapshot(long takenAt, List<OverdueHost> hosts) {}

    private volatile Snapshot snapshot;
    private LongSupplier clock = System::currentTimeMillis;

    public static OverdueHostsMonitor get() {
        return ExtensionList.lookupSingleton(OverdueHostsMonitor.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.OverdueHostsMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        return !getOverdueHosts().isEmpty();
    }

    /** The overdue hosts, the longest overdue first; at most a minute old. */
    public List<OverdueHost> getOverdueHosts() {
        long now = clock.getAsLong();
        Snapshot known = snapshot;
        if (known == null || now - known.takenAt() >= CACHE_MILLIS || now < known.takenAt()) {
            known = new Snapshot(now, scan(now));
            snapshot = known;
        }
        return known.hosts();
    }

    /** The first {@link #SHOWN} overdue hosts, for the message. */
    public List<OverdueHost> getShownHosts() {
        List<OverdueHost> hosts = getOverdueHosts();
        return hosts.subList(0, Math.min(SHOWN, hosts.size()));
    }

    /** How many overdue hosts the message leaves out. */
    public int getNotShown() {
        return Math.max(0, getOverdueHosts().size() - SHOWN);
    }

    /** Forgets the cached look, e.g. after the limits changed; the next question scans again. */
    public void refresh() {
        snapshot = null;
    }

    /** For tests: a fixed time instead of the clock. */
    void setClock(LongSupplier clock) {
        this.clock = clock;
        refresh();
    }

    private static List<OverdueHost> scan(long now) {
        List<OverdueHost> overdue = new ArrayList<>();
        // Every host, whoever asks: the monitor is shown to administrators only, and its cache is shared.
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (HostGroup group : Jenkins.get().allItems(HostGroup.class)) {
                for (TopLevelItem item : group.getItems()) {
                    if (item instanceof BackupHost host && host.isOverdue(now)) {
                        HostSummary summary = host.summary();
                        overdue.add(new OverdueHost(host.getFullName(), host.getUrl(), host.overdueHours(),
                                summary.lastSuccessAt(), summary.lastError()));
                    }
                }
            }
        }
        overdue.sort(Comparator.comparingLong(OverdueHost::lastSuccessAt).thenComparing(OverdueHost::fullName));
        return List.copyOf(overdue);
    }
}
