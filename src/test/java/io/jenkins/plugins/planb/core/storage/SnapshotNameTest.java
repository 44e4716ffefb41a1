package io.jenkins.plugins.planb.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotNameTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void parsesTheSecondForm() {
        assertThat(SnapshotName.parse("planb-20261120T134509Z"))
                .contains(Instant.parse("2026-11-20T13:45:09Z"));
    }

    @Test
    void parsesTheOldMinuteFormOfPlanB() {
        assertThat(SnapshotName.parse("planb-20200504T1458Z"))
                .contains(Instant.parse("2020-05-04T14:58:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hello", "planb", "planb-", "planb-manual",
        "archive-20200504T1458Z", // a custom prefix: PlanB's "Enqueue+keep" archive
        "Planb-20200504T1458Z", "xplanb-20200504T1458Z", "planb-x20200504T1458Z",
        "planb-20200504T1458", "planb-20200504T145Z", "planb-20200504T14580Z", "planb-20200504T1458000Z",
        "planb-20201304T1458Z", "planb-20200230T0000Z", "planb-20200504T2400Z", "planb-20200504T145860Z",
        "planb-00000101T0000Z", "planb-20200504T1458Z ", " planb-20200504T1458Z",
        "planb-20200504T1458+0000", "planb-2020-05-04T14:58Z"
    })
    void treatsEveryOtherNameAsManual(String name) {
        assertThat(SnapshotName.parse(name)).isEmpty();
        assertThat(SnapshotName.isOwn(name)).isFalse();
    }

    @Test
    void formatsInUtcWithSeconds() {
        assertThat(SnapshotName.format(Instant.parse("2026-01-02T03:04:05.999Z")))
                .isEqualTo("planb-20260102T030405Z");
    }

    @Test
    void formatAndParseRoundTrip() {
        Instant time = Instant.parse("2031-12-31T23:59:59Z");
        assertThat(SnapshotName.parse(SnapshotName.format(time))).contains(time);
    }

    @Test
    void nextUsesTheClockWhenNothingIsNewer() {
        assertThat(SnapshotName.next(at("2026-11-20T13:45:09.700Z"),
                List.of("planb-20261119T0100Z", "manual-20991231T0000Z", "zzz")))
                .isEqualTo("planb-20261120T134509Z");
    }

    @Test
    void nextMovesOnWhenTheSecondIsTaken() {
        assertThat(SnapshotName.next(at("2026-11-20T13:45:09Z"), List.of("planb-20261120T134509Z")))
                .isEqualTo("planb-20261120T134510Z");
    }

    @Test
    void nextNeverGoesBeforeTheNewestOwnSnapshot() {
        // The clock went back an hour; the new name must still sort as the newest.
        assertThat(SnapshotName.next(at("2026-11-20T12:00:00Z"),
                List.of("planb-20261120T130000Z", "planb-20261120T125959Z")))
                .isEqualTo("planb-20261120T130001Z");
    }

    @Test
    void nextTreatsTheOldMinuteFormAsItsFirstSecond() {
        // planb-…T1345Z is 13:45:00, so a run at 13:45:00 must not produce a name of equal time.
        assertThat(SnapshotName.next(at("2026-11-20T13:45:00Z"), List.of("planb-20261120T1345Z")))
                .isEqualTo("planb-20261120T134501Z");
        assertThat(SnapshotName.next(at("2026-11-20T13:45:30Z"), List.of("planb-20261120T1345Z")))
                .isEqualTo("planb-20261120T134530Z");
    }

    @Test
    void twoRunsInOneSecondGetDistinctIncreasingNames() {
        Clock clock = at("2026-11-20T13:45:09.100Z");
        String first = SnapshotName.next(clock, List.of());
        String second = SnapshotName.next(clock, List.of(first));
        String third = SnapshotName.next(clock, List.of(second, first));
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(SnapshotName.parse(second).orElseThrow()).isAfter(SnapshotName.parse(first).orElseThrow());
        assertThat(SnapshotName.parse(third).orElseThrow()).isAfter(SnapshotName.parse(second).orElseThrow());
    }
}
