package io.jenkins.plugins.planb.summary;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.HostSummary.State;
import io.jenkins.plugins.planb.core.report.Units;
import java.util.Collection;
import java.util.Map;

/**
 * A host group at a glance, from its hosts' summaries alone: how many hosts are in each state
 * and the space they take.
 *
 * @param counts        hosts per state, every state present (zeros included)
 * @param hosts         how many hosts in all
 * @param usedBytes     the space of all hosts that measured theirs
 * @param snapshotBytes what their snapshots alone hold, for those that know it
 * @param unmeasured    hosts whose space is unknown (no run measured it yet)
 * @param overdue       hosts without a good backup for longer than the group's limit ({@link HostSummary#isOverdue})
 * @param overdueHours  that limit
 */
public record GroupSummary(Map<State, Integer> counts, int hosts, long usedBytes, long snapshotBytes, int unmeasured,
        int overdue, int overdueHours) {

    public GroupSummary {
        counts = Map.copyOf(counts);
    }

    /**
     * @param now          epoch milliseconds the overdue check counts to
     * @param overdueHours the group's limit for a host without a good backup
     */
    public static GroupSummary of(Collection<HostSummary> summaries, long now, int overdueHours) {
        Map<State, Integer> counts = HostSummary.countByState(summaries);
        long used = 0;
        long snapshots = 0;
        int unmeasured = 0;
        int overdue = 0;
        for (HostSummary summary : summaries) {
            if (summary.isOverdue(now, overdueHours * 3_600_000L)) {
                overdue++;
            }
            if (summary.usedBytes() < 0) {
                unmeasured++;
            } else {
                used += summary.usedBytes();
                snapshots += Math.max(0, summary.snapshotBytes());
            }
        }
        return new GroupSummary(counts, summaries.size(), used, snapshots, unmeasured, overdue, overdueHours);
    }

    public int count(State state) {
        return counts.get(state);
    }

    public int getOk() {
        return count(State.OK);
    }

    public int getPartial() {
        return count(State.PARTIAL);
    }

    /** Failing since an earlier snapshot. */
    public int getFailing() {
        return count(State.FAILING);
    }

    /** Ran, but never took a snapshot. */
    public int getNeverSucceeded() {
        return count(State.NEVER_SUCCEEDED);
    }

    /** No run yet. */
    public int getNeverRun() {
        return count(State.NEVER_RUN);
    }

    public int getHosts() {
        return hosts;
    }

    public int getOverdue() {
        return overdue;
    }

    public int getOverdueHours() {
        return overdueHours;
    }

    public int getUnmeasured() {
        return unmeasured;
    }

    public String getUsed() {
        return Units.bytes(usedBytes);
    }

    public String getSnapshotSpace() {
        return Units.bytes(snapshotBytes);
    }
}
