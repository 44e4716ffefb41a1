package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.run.JsonTree;
import io.jenkins.plugins.planb.testing.PrometheusTextParser;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command over real rsync, directory storage and {@code transport: local}: a backup
 * makes a snapshot that holds the tree exactly, and a second concurrent run of the same host is
 * skipped without disturbing the first.
 */
class PlanbCliITest {

    @TempDir
    Path dir;

    private Path source;
    private Path store;
    private Path config;

    @BeforeEach
    void setUp() throws IOException, InterruptedException {
        SystemRequirement.require("rsync", "the backup transfer");
        source = dir.resolve("source");
        store = dir.resolve("store");
        Files.createDirectories(source.resolve("etc/app"));
        Files.writeString(source.resolve("etc/app/app.conf"), "port = 8080\n");
        Files.writeString(source.resolve("etc/hosts"), "127.0.0.1 localhost\n");
        Files.write(source.resolve("blob.bin"), new byte[200_000]);
        Files.createSymbolicLink(source.resolve("etc/current"), Path.of("app/app.conf"));
        Files.createLink(source.resolve("etc/hosts.hardlink"), source.resolve("etc/hosts"));
        Files.setPosixFilePermissions(source.resolve("etc/app"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(source.resolve("etc/hosts"), PosixFilePermissions.fromString("rw-r-----"));
        Files.setLastModifiedTime(source.resolve("blob.bin"), FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
        config = dir.resolve("planb.yaml");
        Files.writeString(config, """
                storage:
                  directory: { path: %s }
                stateDir: %s
                defaults: { retention: "4d" }
                groups:
                  - name: acme
                    hosts:
                      - name: web01
                        transport: local
                        root: %s
                      - name: spare
                        transport: local
                        root: %s
                        enabled: false
                """.formatted(store, dir.resolve("state"), source, source));
    }

    private CliRun planb(String... args) {
        String[] all = Stream.concat(Stream.of("-c", config.toString()), Stream.of(args)).toArray(String[]::new);
        return CliRun.run(all);
    }

    @Test
    void backupMakesASnapshotThatHoldsTheTreeExactly() throws Exception {
        CliRun run = planb("backup", "acme/web01", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> record = JsonTree.object(run.out());
        assertThat(record).containsEntry("host", "acme/web01").containsEntry("outcome", "SUCCESS")
                .containsEntry("rsyncExitCode", 0L).containsEntry("error", null);
        assertThat((String) record.get("finishedAt")).endsWith("Z");
        String snapshot = (String) record.get("snapshot");
        assertThat(snapshot).matches("planb-\\d{8}T\\d{6}Z");
        Path snapshotDir = store.resolve("acme/web01/.snapshots").resolve(snapshot);
        assertThat(snapshotDir).isDirectory();
        assertThat(differences(source, snapshotDir)).as("rsync itemizes no difference").isEmpty();
        assertThat(Files.isSameFile(snapshotDir.resolve("etc/hosts"), snapshotDir.resolve("etc/hosts.hardlink")))
                .as("hard links stay one file").isTrue();

        CliRun listing = planb("snapshots", "acme/web01", "--json");
        assertThat(listing.exitCode()).isZero();
        assertThat(JsonTree.object(listing.out()).get("snapshots").toString()).contains(snapshot);
        CliRun status = planb("status", "--json");
        assertThat(status.outLines().get(0)).contains("\"lastOutcome\":\"SUCCESS\"");
    }

    @Test
    void monitoringReportsWhatTheBackupRecorded() {
        CliRun backup = planb("backup", "acme/web01", "--json");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        Map<String, Object> record = JsonTree.object(backup.out());

        CliRun metrics = planb("metrics");
        assertThat(metrics.exitCode()).as(metrics.err()).isZero();
        Map<String, PrometheusTextParser.Family> families = PrometheusTextParser.parse(metrics.out());
        assertThat(web01(families, "planb_snapshots")).isEqualTo(((Long) record.get("snapshotCount")).doubleValue());
        assertThat(web01(families, "planb_last_transferred_bytes"))
                .isEqualTo(((Long) record.get("bytesTransferred")).doubleValue()).isPositive();
        assertThat(web01(families, "planb_last_success_timestamp_seconds"))
                .isEqualTo(Instant.parse((String) record.get("finishedAt")).toEpochMilli() / 1000.0);
        assertThat(web01(families, "planb_last_run_duration_seconds"))
                .isEqualTo(((Long) record.get("durationMillis")) / 1000.0);

        CliRun discovery = planb("zabbix", "discovery", "--hostname", "backup1");
        assertThat(discovery.out()).contains("\"{#NAME}\": \"acme-web01\"").doesNotContain("spare");
        CliRun summary = planb("zabbix", "summary", "--hostname", "backup1");
        assertThat(summary.out()).startsWith("{\"enabled\": 1, \"failed\": 0, \"latest_success\": ")
                .endsWith("\"disabled\": 1, \"hostname\": \"backup1\"}\n");
    }

    private static double web01(Map<String, PrometheusTextParser.Family> families, String name) {
        return families.get(name).samples().stream().filter(s -> s.labels().get("host").equals("web01"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name)).value();
    }

    @Test
    void severalHostsRunInTurnAndExitWithTheWorstOutcome() {
        CliRun run = planb("backup", "acme/web01", "acme/spare", "--json");

        assertThat(run.exitCode()).as("SUCCESS then SKIPPED (disabled) exits 4").isEqualTo(4);
        assertThat(run.outLines()).hasSize(2);
        assertThat(JsonTree.object(run.outLines().get(0))).containsEntry("outcome", "SUCCESS");
        assertThat(JsonTree.object(run.outLines().get(1))).containsEntry("outcome", "SKIPPED")
                .containsEntry("snapshot", null).containsEntry("error", "host is disabled");
    }

    @Test
    void aSecondConcurrentRunOfTheSameHostIsSkippedAndTheFirstIsUnaffected() throws Exception {
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        // The first run's log blocks on its "transferring" line: it holds the host lock, and its
        // rsync starts only after the second run has finished. No timing luck involved.
        PrintStream firstLog = new PrintStream(new PausingStream("transferring into", firstHoldsTheLock, secondIsDone),
                true, StandardCharsets.UTF_8);
        ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> first = executor.submit(() -> PlanbCli.execute(
                    new String[] {"-c", config.toString(), "backup", "acme/web01", "--json"},
                    new PrintStream(firstOut, true, StandardCharsets.UTF_8), firstLog,
                    new java.io.ByteArrayInputStream(new byte[0]), Map.of()));
            assertThat(firstHoldsTheLock.await(60, TimeUnit.SECONDS)).isTrue();

            CliRun second = planb("backup", "acme/web01", "--json");
            secondIsDone.countDown();

            assertThat(second.exitCode()).isEqualTo(4);
            assertThat(JsonTree.object(second.out())).containsEntry("outcome", "SKIPPED")
                    .containsEntry("snapshot", null).containsEntry("error", "already being backed up");

            assertThat(first.get(120, TimeUnit.SECONDS)).isZero();
            Map<String, Object> firstRecord = JsonTree.object(firstOut.toString(StandardCharsets.UTF_8));
            assertThat(firstRecord).containsEntry("outcome", "SUCCESS");
            Path snapshotDir = store.resolve("acme/web01/.snapshots").resolve((String) firstRecord.get("snapshot"));
            assertThat(differences(source, snapshotDir)).isEmpty();
            Path runs = dir.resolve("state/runs/acme/web01");
            try (Stream<Path> files = Files.list(runs)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{8}T.*\\.json")))
                        .as("the skipped run wrote no record over the running one's").hasSize(1);
            }
            assertThat(Files.readString(runs.resolve("last.json"))).contains("\"outcome\":\"SUCCESS\"");
        } finally {
            secondIsDone.countDown();
            executor.shutdownNow();
        }
    }

    /** rsync's itemized list of what differs between two trees (content by checksum, all metadata). */
    private static List<String> differences(Path expected, Path actual) throws IOException, InterruptedException {
        Process rsync = new ProcessBuilder("rsync", "-aHAX", "--numeric-ids", "--delete", "--checksum", "--dry-run",
                "--itemize-changes", expected + "/", actual + "/").redirectErrorStream(true).start();
        String output = new String(rsync.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rsync.waitFor()).as(output).isZero();
        return output.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Passes text through, pausing the writer once when a marker line goes by. */
    private static final class PausingStream extends OutputStream {
        private final byte[] marker;
        private final CountDownLatch reached;
        private final CountDownLatch resume;
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

        PausingStream(String marker, CountDownLatch reached, CountDownLatch resume) {
            this.marker = marker.getBytes(StandardCharsets.UTF_8);
            this.reached = reached;
            this.resume = resume;
        }

        @Override
        public void write(int b) throws IOException {
            seen.write(b);
            if (b == '\n' && reached.getCount() > 0 && seen.toString(StandardCharsets.UTF_8)
                    .contains(new String(marker, StandardCharsets.UTF_8))) {
                reached.countDown();
                try {
                    resume.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }
}
