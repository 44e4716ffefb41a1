package io.jenkins.plugins.planb.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.transport.TransferProgress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limits and lines as arithmetic on explicit times (seconds here), nothing waits. */
class TransferWatchTest {

    private static long s(long seconds) {
        return Duration.ofSeconds(seconds).toNanos();
    }

    private static TransferProgress moved(long bytes, long checked) {
        return new TransferProgress(bytes, -1, 1024, null, 1, checked, 100, false);
    }

    @Test
    void theStallClockRunsFromTheStartAndFromTheLastMove() {
        TransferWatch watch = new TransferWatch(Duration.ofMinutes(10), Duration.ZERO, Duration.ZERO, s(0), s(0));

        assertThat(watch.check(s(599))).isEmpty();
        watch.progress(moved(100, 1), s(590));
        assertThat(watch.check(s(1189))).isEmpty();
        assertThat(watch.check(s(1190))).get().extracting(TransferWatch.Stop::limit).isEqualTo("stallTimeout");
        assertThat(watch.check(s(1190)).orElseThrow().error()).isEqualTo("stalled: no data moved for 10m "
                + "(stall limit 10m, stallTimeout); rsync was stopped after 19m50s and its processes killed");
    }

    @Test
    void theSameProgressAgainIsNoMoveButACheckedFileOrAnOutputLineIs() {
        TransferWatch watch = new TransferWatch(Duration.ofSeconds(60), Duration.ZERO, Duration.ZERO, s(0), s(0));
        watch.progress(moved(100, 1), s(10));

        watch.progress(moved(100, 1), s(50));
        assertThat(watch.check(s(70))).as("repeated report").isPresent();

        watch.progress(moved(100, 2), s(65));
        assertThat(watch.check(s(124))).as("a file checked").isEmpty();
        watch.output(s(120));
        assertThat(watch.check(s(179))).as("a line of output").isEmpty();
        assertThat(watch.check(s(180))).isPresent();
    }

    @Test
    void theMaximumRunTimeCountsFromTheStartOfTheRunAndComesFirst() {
        TransferWatch secondPass = new TransferWatch(Duration.ofMinutes(10), Duration.ofHours(1), Duration.ZERO,
                s(0), s(3000));

        assertThat(secondPass.check(s(3599))).isEmpty();
        TransferWatch.Stop stop = secondPass.check(s(3600)).orElseThrow(); // both passed: the run's limit is named
        assertThat(stop.limit()).isEqualTo("maxRunTime");
        assertThat(stop.error()).isEqualTo("timed out: the run reached its maximum run time of 1h (maxRunTime); "
                + "rsync was stopped after 10m and its processes killed");
    }

    @Test
    void zeroTurnsEachOff() {
        TransferWatch watch = new TransferWatch(Duration.ZERO, Duration.ZERO, Duration.ZERO, s(0), s(0));

        assertThat(watch.check(s(86_400 * 365))).isEmpty();
        assertThat(watch.progressLine(s(86_400))).isEmpty();
        assertThat(watch.watchesAnything()).isFalse();
    }

    @Test
    void aProgressLineEveryIntervalSayingHowLongNothingMoved() {
        TransferWatch watch = new TransferWatch(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30), s(0), s(0));

        assertThat(watch.progressLine(s(29))).isEmpty();
        assertThat(watch.progressLine(s(30))).contains("no progress reported yet [30s]");
        watch.progress(moved(2048, 5), s(40));
        assertThat(watch.progressLine(s(59))).isEmpty();
        assertThat(watch.progressLine(s(60))).contains("2.00 KiB in 1 file, 5/100+ checked, 1.00 KiB/s [1m]");
        assertThat(watch.progressLine(s(90))).contains("2.00 KiB in 1 file, 5/100+ checked, 1.00 KiB/s; "
                + "nothing moved for 50s [1m30s]");
    }

    @Test
    void theMonitorLooksTenTimesPerShortestLimitBetweenTenMillisecondsAndOneSecond() {
        assertThat(new TransferWatch(Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO, 0, 0).tick())
                .isEqualTo(Duration.ofMillis(200));
        assertThat(new TransferWatch(Duration.ofMinutes(10), Duration.ofHours(6), Duration.ofSeconds(30), 0, 0).tick())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(new TransferWatch(Duration.ZERO, Duration.ofMillis(50), Duration.ZERO, 0, 0).tick())
                .isEqualTo(Duration.ofMillis(10));
    }
}
