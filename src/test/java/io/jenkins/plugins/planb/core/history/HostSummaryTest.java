package io.jenkins.plugins.planb.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HostSummaryTest {

    private static final HostId HOST = new HostId("acme", "web01");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static RunRecord run(int index, Outcome outcome, int seconds) {
        Instant start = T0.plus(Duration.ofHours(index));
        boolean success = outcome.snapshotTaken();
        return new RunRecord(HOST, outcome, success ? "planb-" + index : null, "d", start, start.plusSeconds(seconds),
                0, transferred(100L * index), List.of(), outcome == Outcome.FAILED ? "boom " + index : null, List.of(),
                PhaseTimes.NONE, success ? new DatasetSizes(1000L + index, 500, 1) : DatasetSizes.UNKNOWN,
                success ? index + 1 : -1);
    }

    private static RsyncStats transferred(long bytes) {
        return new RsyncStats(-1, -1, -1, -1, -1, bytes, -1, -1, -1, -1);
    }

    @Provide
    Arbitrary<List<Outcome>> outcomes() {
        return Arbitraries.of(Outcome.class).list().ofMaxSize(40);
    }

    /** The running summary and the list-based history never disagree about what a host list shows. */
    @Property
    void foldingRunByRunAgreesWithTheHistory(@ForAll("outcomes") List<Outcome> outcomes,
            @ForAll @Size(max = 40) List<@net.jqwik.api.constraints.IntRange(min = 1, max = 9999) Integer> seconds) {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            runs.add(run(i, outcomes.get(i), seconds.isEmpty() ? 60 : seconds.get(i % seconds.size())));
        }
        RunHistory history = RunHistory.of(HOST, runs);
        HostSummary summary = history.summary();

        assertThat(summary.lastSuccessAt()).isEqualTo(millis(history.lastSuccess()));
        assertThat(summary.firstSuccessAt()).isEqualTo(millis(history.firstSuccess()));
        assertThat(summary.failingSince()).isEqualTo(history.failingSince().map(Instant::toEpochMilli).orElse(-1L));
        assertThat(summary.failuresSinceSuccess()).isEqualTo(history.currentFailures().size());
        assertThat(summary.lastOutcome()).isEqualTo(history.lastAttempt().map(RunRecord::outcome).orElse(null));
        assertThat(summary.hasRun()).isEqualTo(history.lastAttempt().isPresent());
        assertThat(summary.lastBytesTransferred())
                .isEqualTo(history.lastAttempt().map(RunRecord::bytesTransferred).orElse(-1L));
        if (history.count(Outcome.SUCCESS) + history.count(Outcome.PARTIAL) <= HostSummary.RECENT) {
            assertThat(summary.averageSuccessMillis())
                    .isEqualTo(history.averageSuccessDuration().map(Duration::toMillis).orElse(-1L));
        }
        List<RunHistory.SpacePoint> space = history.space();
        assertThat(summary.usedBytes()).isEqualTo(space.isEmpty() ? -1 : space.get(space.size() - 1).usedBytes());
    }

    private static long millis(java.util.Optional<RunRecord> run) {
        return run.map(r -> r.finishedAt().toEpochMilli()).orElse(-1L);
    }

    @Test
    void statesAndOverdue() {
        long hour = 3_600_000;
        HostSummary never = HostSummary.NEVER_RUN;
        assertThat(never.state()).isEqualTo(HostSummary.State.NEVER_RUN);
        assertThat(never.isOverdue(T0.toEpochMilli() + 1000 * hour, hour)).isFalse();

        HostSummary failedOnce = never.after(run(0, Outcome.FAILED, 10));
        assertThat(failedOnce.state()).isEqualTo(HostSummary.State.NEVER_SUCCEEDED);
        assertThat(failedOnce.isOverdue(T0.toEpochMilli() + 49 * hour, 48 * hour)).isTrue();
        assertThat(failedOnce.isOverdue(T0.toEpochMilli() + 47 * hour, 48 * hour)).isFalse();

        HostSummary ok = failedOnce.after(run(1, Outcome.SUCCESS, 10));
        assertThat(ok.state()).isEqualTo(HostSummary.State.OK);
        assertThat(ok.snapshotCount()).isEqualTo(2);
        HostSummary partial = ok.after(run(2, Outcome.PARTIAL, 10));
        assertThat(partial.state()).isEqualTo(HostSummary.State.PARTIAL);
        HostSummary skipped = partial.after(run(3, Outcome.SKIPPED, 0));
        assertThat(skipped).isEqualTo(partial);
        HostSummary failing = skipped.after(run(4, Outcome.FAILED, 10));
        assertThat(failing.state()).isEqualTo(HostSummary.State.FAILING);
        assertThat(failing.lastError()).isEqualTo("boom 4");
        assertThat(failing.lastBytesTransferred()).isEqualTo(400);
        assertThat(failing.snapshotCount()).isEqualTo(3);
        assertThat(failing.isOverdue(partial.lastSuccessAt() + 49 * hour, 48 * hour)).isTrue();
    }

    @Test
    void theAverageCoversTheNewestSuccessesOnly() {
        HostSummary summary = HostSummary.NEVER_RUN;
        for (int i = 0; i < HostSummary.RECENT + 5; i++) {
            summary = summary.after(run(i, Outcome.SUCCESS, i < 5 ? 1000 : 10));
        }
        assertThat(summary.recentSuccessMillis()).hasSize(HostSummary.RECENT);
        assertThat(summary.averageSuccessMillis()).isEqualTo(10_000);
    }

    @Test
    void aPruneChangesOnlyTheSnapshotsAndTheSpace() {
        HostSummary before = HostSummary.NEVER_RUN.after(run(0, Outcome.SUCCESS, 10)).after(run(1, Outcome.FAILED, 10));

        HostSummary after = before.afterPrune(1, new DatasetSizes(700, 500, -1, 200));

        assertThat(after.snapshotCount()).isEqualTo(1);
        assertThat(after.usedBytes()).isEqualTo(700);
        assertThat(after.referencedBytes()).isEqualTo(500);
        assertThat(after.snapshotBytes()).isEqualTo(200);
        assertThat(after.state()).isEqualTo(before.state());
        assertThat(after.lastError()).isEqualTo(before.lastError());
        assertThat(after.failingSince()).isEqualTo(before.failingSince());
        assertThat(after.lastSuccessAt()).isEqualTo(before.lastSuccessAt());
        // what the storage could not measure keeps the value known before
        HostSummary unmeasured = before.afterPrune(-1, DatasetSizes.UNKNOWN);
        assertThat(unmeasured).isEqualTo(before);
    }
}
