package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fed with real output of rsync 3.5.0 ({@code src/test/resources/…/rsync-3.5.0/}), recorded over
 * ssh with PlanB's options ({@code --info=progress2 --stats --no-human-readable}, in place):
 * <ul>
 *   <li>{@code first-backup.out}: a 48 MiB file at 16 MB/s ({@code --bwlimit}, so that rsync
 *       draws lines while it moves) and 60 small files into an empty ZFS dataset;
 *   <li>{@code unchanged.out}: the same again, nothing changed;
 *   <li>{@code inplace-delta.out}: 1 MiB overwritten in the middle of the large file, one new file;
 *   <li>{@code many-dirs-first.out}: 1,200 files in 12 directories, so that rsync reports
 *       {@code ir-chk} while incremental recursion still lists the tree.
 * </ul>
 * Each is checked against rsync's own {@code --stats} summary at its end.
 */
class RsyncProgressTest {

    @Test
    void aFirstBackupEndsWithTheTotalsOfTheStatsSummary() throws IOException {
        Recorded run = Recorded.read("first-backup.out");

        TransferProgress end = run.last();
        assertThat(end.bytes()).isEqualTo(run.stats().bytesTransferred());
        assertThat(end.filesTransferred()).isEqualTo(run.stats().filesTransferred());
        assertThat(end.filesTotal()).isEqualTo(run.stats().filesTotal());
        assertThat(end.filesChecked()).isEqualTo(end.filesTotal());
        assertThat(end.listComplete()).isTrue();
        assertThat(end.percent()).isEqualTo(100);
        assertThat(run.stats().filesTotal()).isEqualTo(64);
    }

    @Test
    void whileALargeFileMovesTheLineHasRateAndTimeLeftButNoFileCounters() throws IOException {
        Recorded run = Recorded.read("first-backup.out");

        // "\r       17399808  34%   16.03MB/s    0:00:02  ": before any file finished
        TransferProgress moving = run.states().get(1);
        assertThat(moving.bytes()).isEqualTo(17_399_808L);
        assertThat(moving.bytesPerSecond()).isEqualTo(Math.round(16.03 * 1024 * 1024));
        assertThat(moving.filesTransferred()).isEqualTo(-1);
        assertThat(moving.percent()).as("not known before rsync says whether the list is complete").isEqualTo(-1);
        assertThat(moving.eta()).isNull();
        assertThat(moving.describe()).isEqualTo("16.6 MiB, 16.0 MiB/s");
    }

    @Test
    void theTimeOfALineThatEndsAFileIsElapsedNotLeft() throws IOException {
        Recorded run = Recorded.read("first-backup.out");

        // "\r       50331648  99%   16.53MB/s    0:00:02 (xfr#1, to-chk=62/64)"
        TransferProgress firstFile = run.states().stream().filter(s -> s.filesTransferred() == 1).findFirst().orElseThrow();
        assertThat(firstFile.bytes()).isEqualTo(50_331_648L);
        assertThat(firstFile.filesChecked()).isEqualTo(2);
        assertThat(firstFile.filesTotal()).isEqualTo(64);
        assertThat(firstFile.percent()).isEqualTo(99);
        assertThat(firstFile.eta()).isNull();
        assertThat(firstFile.describe()).isEqualTo("48.0 MiB in 1 file, 2/64 checked, 16.5 MiB/s, 99%");
    }

    @Test
    void anUnchangedTreeMovesNoBytesButItsFilesAreChecked() throws IOException {
        Recorded run = Recorded.read("unchanged.out");

        assertThat(run.states()).extracting(TransferProgress::bytes).containsOnly(0L);
        assertThat(run.states()).extracting(TransferProgress::filesChecked).containsExactly(4L, 34L, 64L);
        assertThat(run.last().filesTransferred()).isZero();
        assertThat(run.stats().filesTransferred()).isZero();
        assertThat(run.stats().filesTotal()).isEqualTo(run.last().filesTotal());
        assertThat(run.states().get(1).movedSince(run.states().get(0))).isTrue();
        assertThat(run.last().movedSince(run.last())).isFalse();
    }

    @Test
    void anInPlaceDeltaCountsTheWholeFileOfWhichOnlyTheChangeWasSent() throws IOException {
        Recorded run = Recorded.read("inplace-delta.out");

        assertThat(run.last().bytes()).isEqualTo(run.stats().bytesTransferred());
        assertThat(run.stats().literalData()).isBetween(1L << 20, (1L << 20) + 64 * 1024);
        assertThat(run.stats().matchedData()).isGreaterThan(40L << 20);
        assertThat(run.last().filesTransferred()).isEqualTo(2);
    }

    @Test
    void whileTheTreeIsStillListedPercentIsUnknownAndTheTotalIsMarkedOpen() throws IOException {
        Recorded run = Recorded.read("many-dirs-first.out");

        TransferProgress listing = run.states().stream().filter(s -> s.filesTransferred() == 50).findFirst().orElseThrow();
        assertThat(listing.listComplete()).isFalse();
        assertThat(listing.percent()).isEqualTo(-1);
        assertThat(listing.describe()).matches("\\d+ B in 50 files, [\\d,]+/[\\d,]+\\+ checked, .*/s");
        TransferProgress listed = run.states().stream().filter(TransferProgress::listComplete).findFirst().orElseThrow();
        assertThat(listed.percent()).isBetween(0, 100);
        assertThat(run.last().filesTransferred()).isEqualTo(run.stats().filesTransferred()).isEqualTo(1200);
        assertThat(run.last().filesTotal()).isEqualTo(run.stats().filesTotal());
    }

    @Test
    void notAProgressLine() {
        RsyncProgress reader = new RsyncProgress();
        for (String line : List.of("", "Number of files: 64 (reg: 61, dir: 3)", "Total bytes sent: 29",
                "sent 29 bytes  received 1242 bytes  2542.00 bytes/sec", "total size is 50796849  speedup is 0.39",
                "rsync: [sender] send_files failed to open \"/x\": Permission denied (13)", "12 34% 1.00MB/s")) {
            assertThat(RsyncProgress.isProgress(line)).as(line).isFalse();
            assertThat(reader.accept(line)).as(line).isEmpty();
        }
        assertThat(reader.last()).isEmpty();
    }

    @Test
    void readsThousandsSeparatorsUnknownTimesAndGigabytesPerSecond() {
        RsyncProgress reader = new RsyncProgress();
        reader.accept("\r  1,000,000 100%    1.00kB/s    0:00:00 (xfr#3, to-chk=5/9)");

        TransferProgress next = reader.accept("\r  2,147,483,648  50%    1.50GB/s   ??:??:??  ").orElseThrow();

        assertThat(next.bytes()).isEqualTo(2_147_483_648L);
        assertThat(next.bytesPerSecond()).isEqualTo(Math.round(1.5 * 1024 * 1024 * 1024));
        assertThat(next.eta()).isNull();
        assertThat(next.filesTransferred()).as("kept from the line before").isEqualTo(3);
        assertThat(next.describe()).isEqualTo("2.00 GiB in 3 files, 4/9 checked, 1.50 GiB/s, 50%");
        TransferProgress withEta = reader.accept("\r  3,000,000,000  70%    1.50GB/s    1:02:03  ").orElseThrow();
        assertThat(withEta.eta()).isEqualTo(Duration.ofSeconds(3723));
        assertThat(withEta.describe()).endsWith(", 70%, ETA 1:02:03");
    }

    @Test
    void aLineHoldingSeveralRedrawsCountsItsLastComplete() throws IOException {
        // What a reader that splits only at "\n" hands over: all of a transfer's redraws at once.
        String whole = new String(Recorded.bytes("first-backup.out"), StandardCharsets.UTF_8);
        String progressPart = whole.substring(0, whole.indexOf('\n', whole.indexOf("to-chk=0/")));

        RsyncProgress reader = new RsyncProgress();
        TransferProgress state = reader.accept(progressPart).orElseThrow();

        assertThat(RsyncProgress.isProgress(progressPart)).isTrue();
        assertThat(state).isEqualTo(Recorded.read("first-backup.out").last());
    }

    /** A recorded rsync stdout, split into lines at {@code \r} and {@code \n} as the engine's readers do. */
    private record Recorded(List<TransferProgress> states, RsyncStats stats) {

        static byte[] bytes(String name) throws IOException {
            try (InputStream in = RsyncProgressTest.class.getResourceAsStream("rsync-3.5.0/" + name)) {
                assertThat(in).as(name).isNotNull();
                return in.readAllBytes();
            }
        }

        static Recorded read(String name) throws IOException {
            String text = new String(bytes(name), StandardCharsets.UTF_8);
            RsyncProgress reader = new RsyncProgress();
            List<TransferProgress> states = new ArrayList<>();
            StringBuilder rest = new StringBuilder();
            for (String line : text.split("\r|\n", -1)) {
                reader.accept(line).ifPresentOrElse(states::add, () -> rest.append(line).append('\n'));
            }
            assertThat(states).as("progress lines in " + name).isNotEmpty();
            RsyncStats stats = RsyncStats.parse(rest.toString());
            assertThat(stats.present()).as("stats in " + name).isTrue();
            return new Recorded(states, stats);
        }

        TransferProgress last() {
            return states.getLast();
        }
    }
}
