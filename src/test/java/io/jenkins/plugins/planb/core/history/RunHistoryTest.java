package io.jenkins.plugins.planb.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunHistoryTest {

    private static final HostId HOST = new HostId("acme", "web01");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static RunRecord run(Outcome outcome, int hour, int seconds, long used) {
        Instant start = T0.plus(Duration.ofHours(hour));
        return new RunRecord(HOST, outcome, outcome.snapshotTaken() ? "planb-" + hour : null, "tank/acme/web01",
                start, start.plusSeconds(seconds), 0, RsyncStats.NONE, List.of(),
                outcome == Outcome.FAILED ? "boom " + hour : null, List.of(), PhaseTimes.NONE,
                new DatasetSizes(used, used / 2, 0));
    }

    @Test
    void aHostFailingAfterASuccessIsFailingSinceItsFirstFailureAndSkipsDoNotEndIt() {
        RunHistory history = RunHistory.of(HOST, List.of(
                run(Outcome.FAILED, 5, 30, -1),
                run(Outcome.SUCCESS, 1, 100, 1000),
                run(Outcome.SKIPPED, 4, 0, -1),
                run(Outcome.FAILED, 3, 50, -1),
                run(Outcome.PARTIAL, 2, 300, 1500)));

        assertThat(history.lastSuccess()).get().extracting(RunRecord::outcome).isEqualTo(Outcome.PARTIAL);
        assertThat(history.firstSuccess()).get().extracting(RunRecord::snapshot).isEqualTo("planb-1");
        assertThat(history.failingSince()).contains(T0.plus(Duration.ofHours(3)));
        assertThat(history.currentFailures()).extracting(RunRecord::error).containsExactly("boom 3", "boom 5");
        assertThat(history.lastAttempt()).get().extracting(RunRecord::error).isEqualTo("boom 5");
        assertThat(history.averageSuccessDuration()).contains(Duration.ofSeconds(200));
        assertThat(history.longestDuration()).contains(Duration.ofSeconds(300));
        assertThat(history.counts()).containsEntry(Outcome.FAILED, 2).containsEntry(Outcome.SKIPPED, 1)
                .containsEntry(Outcome.SUCCESS, 1).containsEntry(Outcome.PARTIAL, 1);
        assertThat(history.growthBytes()).contains(500L);
        assertThat(history.space()).extracting(RunHistory.SpacePoint::usedBytes).containsExactly(1000L, 1500L);
    }

    @Test
    void aSuccessEndsTheFailurePeriodAndSinceCutsTheHistory() {
        RunHistory history = RunHistory.of(HOST, List.of(
                run(Outcome.FAILED, 1, 10, -1), run(Outcome.SUCCESS, 2, 20, 10), run(Outcome.SKIPPED, 3, 0, -1)));

        assertThat(history.failingSince()).isEmpty();
        assertThat(history.lastFailure()).get().extracting(RunRecord::error).isEqualTo("boom 1");
        assertThat(history.since(T0.plus(Duration.ofHours(2))).runs()).hasSize(2);
        assertThat(history.since(T0.plus(Duration.ofHours(2))).lastFailure()).isEmpty();
        assertThat(RunHistory.of(HOST, List.of()).averageSuccessDuration()).isEmpty();
        assertThat(RunHistory.of(HOST, List.of()).growthBytes()).isEmpty();
    }

    @Test
    void aRunOfAnotherHostIsRefused() {
        RunRecord other = new RunRecord(new HostId("acme", "db01"), Outcome.SKIPPED, null, null, T0, T0, null,
                null, null, null, null, null, null);
        assertThatThrownBy(() -> RunHistory.of(HOST, List.of(other)))
                .hasMessageContaining("acme/db01").hasMessageContaining("acme/web01");
    }
}
