package io.jenkins.plugins.planb.summary;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.HostSummary.State;
import io.jenkins.plugins.planb.action.RunDescription;
import java.util.Collection;
import java.util.EnumMap;
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
 */
public record GroupSummary(Map<State, Integer> counts, int hosts, long usedBytes, long snapshotBytes, int unmeasured) {

    public GroupSummary {
        counts = Map.copyOf(counts);
    }

    public static GroupSummary of(Collection<HostSummary> summaries) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State state : State.values()) {
            counts.put(state, 0);
        }
        long used = 0;
        long snapshots = 0;
        int unmeasured = 0;
        for (HostSummary summary : summaries) {
            counts.merge(summary.state(), 1, Integer::sum);
            if (summary.usedBytes() < 0) {
                unmeasured++;
            } else {
                used += summary.usedBytes();
                snapshots += Math.max(0, summary.snapshotBytes());
            }
        }
        return new GroupSummary(counts, summaries.size(), used, snapshots, unmeasured);
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

    public int getUnmeasured() {
        return unmeasured;
    }

    public String getUsed() {
        return RunDescription.bytes(usedBytes);
    }

    public String getSnapshotSpace() {
        return RunDescription.bytes(snapshotBytes);
    }
}
