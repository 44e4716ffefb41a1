package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outputs captured from rsync 3.5.0 on this machine (first with the default number format). */
class RsyncStatsTest {

    private static final String FIRST_RUN_WITH_SEPARATORS = """

            Number of files: 1,205 (reg: 1,202, dir: 3)
            Number of created files: 1,204 (reg: 1,202, dir: 2)
            Number of deleted files: 0
            Number of regular files transferred: 1,201
            Total file size: 3,004,895 bytes
            Total transferred file size: 3,004,893 bytes
            Literal data: 3,004,893 bytes
            Matched data: 0 bytes
            File list size: 0
            File list generation time: 0.001 seconds
            File list transfer time: 0.000 seconds
            Total bytes sent: 3,077,733
            Total bytes received: 22,861

            sent 3,077,733 bytes  received 22,861 bytes  2,067,062.67 bytes/sec
            total size is 3,004,895  speedup is 0.97
            """;

    private static final String SECOND_RUN_PLAIN = """

            Number of files: 1204 (reg: 1201, dir: 3)
            Number of created files: 0
            Number of deleted files: 1 (reg: 1)
            Number of regular files transferred: 1
            Total file size: 3004895 bytes
            Total transferred file size: 4 bytes
            Literal data: 4 bytes
            Matched data: 0 bytes
            File list size: 0
            File list generation time: 0.001 seconds
            File list transfer time: 0.000 seconds
            Total bytes sent: 20500
            Total bytes received: 57

            sent 20500 bytes  received 57 bytes  41114.00 bytes/sec
            total size is 3004895  speedup is 146.17
            """;

    @Test
    void parsesNumbersWithThousandsSeparators() {
        RsyncStats stats = RsyncStats.parse(FIRST_RUN_WITH_SEPARATORS);

        assertThat(stats).isEqualTo(new RsyncStats(1205, 1204, 0, 1201, 3_004_895, 3_004_893, 3_004_893, 0, 3_077_733, 22_861));
        assertThat(stats.present()).isTrue();
    }

    @Test
    void parsesPlainNumbersOfAnIncrementalRun() {
        RsyncStats stats = RsyncStats.parse(SECOND_RUN_PLAIN);

        assertThat(stats.filesTotal()).isEqualTo(1204);
        assertThat(stats.filesCreated()).isZero();
        assertThat(stats.filesDeleted()).isEqualTo(1);
        assertThat(stats.filesTransferred()).isEqualTo(1);
        assertThat(stats.totalFileSize()).isEqualTo(3_004_895);
        assertThat(stats.bytesTransferred()).isEqualTo(4);
        assertThat(stats.bytesSent()).isEqualTo(20500);
        assertThat(stats.bytesReceived()).isEqualTo(57);
    }

    @Test
    void noSummaryMeansNone() {
        assertThat(RsyncStats.parse("")).isEqualTo(RsyncStats.NONE);
        assertThat(RsyncStats.parse(null).present()).isFalse();
        assertThat(RsyncStats.parse("rsync: connection unexpectedly closed (0 bytes received so far) [Receiver]\n"))
                .isEqualTo(RsyncStats.NONE);
    }

    @Test
    void ignoresInterleavedFileNamesAndHumanReadableValues() {
        String output = "Number of files: 7\nsome/file: 12 bytes\nTotal bytes sent: 1.23K\n";

        RsyncStats stats = RsyncStats.parse(output);

        assertThat(stats.filesTotal()).isEqualTo(7);
        assertThat(stats.bytesSent()).isEqualTo(-1);
    }
}
