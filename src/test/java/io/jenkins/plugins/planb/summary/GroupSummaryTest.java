package io.jenkins.plugins.planb.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.HostSummary.State;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupSummaryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T03:00:00Z");

    private static RunRecord run(int hour, Outcome outcome, long used) {
        Instant start = T0.plusSeconds(hour * 3600L);
        return new RunRecord(new HostId("acme", "h"), outcome, outcome.snapshotTaken() ? "s" + hour : null, "d", start,
                start.plusSeconds(60), 0, RsyncStats.NONE, List.of(), outcome == Outcome.FAILED ? "boom" : null,
                List.of(), PhaseTimes.NONE, used < 0 ? DatasetSizes.UNKNOWN : new DatasetSizes(used, used / 2, -1, used / 4),
                1);
    }

    @Test
    void countsEveryStateAndAddsUpTheMeasuredSpace() {
        HostSummary ok = HostSummary.NEVER_RUN.after(run(0, Outcome.SUCCESS, 4096));
        HostSummary partial = HostSummary.NEVER_RUN.after(run(0, Outcome.PARTIAL, 1024));
        HostSummary failing = ok.after(run(1, Outcome.FAILED, -1));
        HostSummary never = HostSummary.NEVER_RUN.after(run(0, Outcome.FAILED, -1));

        // the OK hosts' snapshot is 2 h old at "now", the failing one's too: a 1 h limit makes them overdue
        long now = T0.plusSeconds(2 * 3600 + 60).toEpochMilli();
        GroupSummary group = GroupSummary.of(List.of(ok, ok, partial, failing, never, HostSummary.NEVER_RUN), now, 1);

        assertThat(group.hosts()).isEqualTo(6);
        assertThat(group.counts()).containsEntry(State.OK, 2).containsEntry(State.PARTIAL, 1)
                .containsEntry(State.FAILING, 1).containsEntry(State.NEVER_SUCCEEDED, 1)
                .containsEntry(State.NEVER_RUN, 1);
        assertThat(group.usedBytes()).as("the failing host keeps its last measurement").isEqualTo(4096 * 3 + 1024);
        assertThat(group.snapshotBytes()).isEqualTo(1024 * 3 + 256);
        assertThat(group.unmeasured()).isEqualTo(2);
        assertThat(group.getUsed()).isEqualTo("13.0 KiB");
        assertThat(group.overdue()).as("ok, ok, partial, failing; never-succeeded failed 2 h ago; never run is not")
                .isEqualTo(5);
        assertThat(GroupSummary.of(List.of(ok, failing), now, 48).overdue()).isZero();
    }

    @Test
    void anEmptyGroupHasEveryStateAtZero() {
        GroupSummary group = GroupSummary.of(List.of(), 0, 48);
        assertThat(group.counts()).hasSize(State.values().length).allSatisfy((state, count) -> assertThat(count).isZero());
        assertThat(group.getUsed()).isEqualTo("0 B");
    }
}
