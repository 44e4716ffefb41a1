package io.jenkins.plugins.planb.status;

import io.jenkins.plugins.planb.core.history.HostSummary;
import java.util.List;
import java.util.Map;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** How many of the hosts the caller may see are in each state, for a dashboard's one-line summary. */
@ExportedBean(defaultVisibility = 2)
public final class HostCounts {

    private final List<HostState> hosts;
    private final Map<HostSummary.State, Integer> byState;

    HostCounts(List<HostState> hosts) {
        this.hosts = List.copyOf(hosts);
        this.byState = HostSummary.countByState(this.hosts.stream().map(HostState::summary).toList());
    }

    @Exported
    public int getTotal() {
        return hosts.size();
    }

    @Exported
    public int getOk() {
        return count(HostSummary.State.OK);
    }

    @Exported
    public int getPartial() {
        return count(HostSummary.State.PARTIAL);
    }

    @Exported
    public int getFailing() {
        return count(HostSummary.State.FAILING);
    }

    @Exported
    public int getNeverSucceeded() {
        return count(HostSummary.State.NEVER_SUCCEEDED);
    }

    @Exported
    public int getNeverRun() {
        return count(HostSummary.State.NEVER_RUN);
    }

    @Exported
    public int getDisabled() {
        return (int) hosts.stream().filter(h -> !h.isEnabled()).count();
    }

    @Exported
    public int getOverdue() {
        return (int) hosts.stream().filter(HostState::isOverdue).count();
    }

    private int count(HostSummary.State state) {
        return byState.get(state);
    }
}
