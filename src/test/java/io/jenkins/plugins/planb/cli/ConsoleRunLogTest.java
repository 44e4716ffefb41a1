package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.transport.TransferProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleRunLogTest {

    private static final HostId WEB01 = HostId.parse("acme/web01");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static TransferProgress progress(long bytes, long files) {
        return new TransferProgress(bytes, 40, 1 << 20, Duration.ofSeconds(75), files, files, 10, true);
    }

    @Test
    void onATerminalTheProgressIsOneLineRedrawnInPlaceAndClearedForOtherLines() {
        ConsoleRunLog log = new ConsoleRunLog(err, false, true, 120, now::get);

        log.progress(WEB01, progress(1 << 20, 1));
        now.addAndGet(Duration.ofMillis(250).toNanos());
        log.progress(WEB01, progress(2 << 20, 10));
        log.info("acme/web01: snapshot planb-20260110T120000Z");

        String first = "acme/web01: 1.00 MiB in 1 file, 1/10 checked, 1.00 MiB/s, 40%, ETA 0:01:15";
        String second = "acme/web01: 2.00 MiB in 10 files, 10/10 checked, 1.00 MiB/s, 40%, ETA 0:01:15";
        assertThat(written()).isEqualTo("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r"
                + "acme/web01: snapshot planb-20260110T120000Z" + System.lineSeparator());
        assertThat(log.showsProgressLive()).isTrue();
    }

    @Test
    void redrawsAtMostFiveTimesASecond() {
        ConsoleRunLog log = new ConsoleRunLog(err, false, true, 120, now::get);

        log.progress(WEB01, progress(1, 1));
        now.addAndGet(Duration.ofMillis(100).toNanos());
        log.progress(WEB01, progress(2, 2));
        now.addAndGet(Duration.ofMillis(100).toNanos());
        log.progress(WEB01, progress(3, 3));

        String[] draws = written().split("\r", -1);
        assertThat(draws).hasSize(3);
        assertThat(draws[2]).startsWith("acme/web01: 3 B in 3 files");
    }

    @Test
    void theEndOfTheTransferClearsTheLineAndALongLineIsCutToTheWidth() {
        ConsoleRunLog log = new ConsoleRunLog(err, false, true, 40, now::get);

        log.progress(WEB01, progress(1 << 30, 7));
        log.progressDone(WEB01);

        String cut = "acme/web01: 1.00 GiB in 7 files, 7/10 …";
        assertThat(cut).hasSize(39);
        assertThat(written()).isEqualTo("\r" + cut + "\r" + " ".repeat(39) + "\r");
    }

    @Test
    void elsewhereProgressIsNotDrawnTheEngineWritesLinesInstead() {
        ConsoleRunLog log = new ConsoleRunLog(err, false);

        log.progress(WEB01, progress(1, 1));
        log.progressDone(WEB01);
        log.info("line");

        assertThat(log.showsProgressLive()).isFalse();
        assertThat(written()).isEqualTo("line" + System.lineSeparator());
    }
}
