package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that must fail, or be skipped, without leaving a snapshot behind and without harming
 * the next run: a refused connection, a changed host key, a transfer killed halfway (the rsync
 * child, and the whole command with kill -9), and two concurrent runs of one host. Directory
 * storage, the real sshd, the packaged command.
 */
class SshFailureITest {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    /** 16 MiB of random data: about 10 s through the throttle, well under a second without it. */
    private static final int BULK_FILES = 32;
    private static final int BULK_KIB = 512;

    @TempDir
    Path work;

    private Path source;
    private Path configFile;
    private E2eConfig config;
    private StoredSnapshots stored;

    @BeforeEach
    void configure() {
        source = work.resolve("source");
        config = E2eConfig.directoryStorage(work.resolve("store"), work.resolve("state"))
                .sshHost("web", SSH.port(), SSH.user(), SSH.clientKey(), SSH.knownHosts(), source)
                .set("retention", FidelityScenario.KEEP_ALL);
        configFile = config.writeTo(work.resolve("planb.yaml"));
        stored = new StoredSnapshots.Directory(work.resolve("store").resolve(E2eConfig.GROUP).resolve("web"));
    }

    @Test
    void refusedConnectionFailsWithoutSnapshot() throws IOException {
        AwkwardTree.bulk(source, 2, 1);
        config.set("port", SshServerExtension.freePort()).writeTo(configFile);

        PlanbCommand.Report report = PlanbCommand.backup(configFile, config.hostId());

        assertFailedWithoutSnapshot(report);
        assertThat(report.error()).as("error of %s", report).containsIgnoringCase("refused");
    }

    @Test
    void changedHostKeyFailsNamingItAndLeavesKnownHostsAlone() throws Exception {
        AwkwardTree.bulk(source, 2, 1);
        Path otherKey = work.resolve("other_ed25519");
        ExternalProcess.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "impostor", "-f", otherKey.toString()))
                .orThrow();
        String[] publicKey = Files.readString(Path.of(otherKey + ".pub")).strip().split("\\s+");
        Path knownHosts = work.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + SSH.port() + " " + publicKey[0] + " " + publicKey[1] + "\n");
        byte[] before = Files.readAllBytes(knownHosts);
        config.set("knownHostsFile", knownHosts.toString()).writeTo(configFile);

        PlanbCommand.Report report = PlanbCommand.backup(configFile, config.hostId());

        assertFailedWithoutSnapshot(report);
        assertThat(report.error()).as("error of %s", report).containsIgnoringCase("host key");
        assertThat(Files.readAllBytes(knownHosts)).as("known_hosts after the run").isEqualTo(before);
        assertThat(Path.of(knownHosts + ".old")).doesNotExist();
    }

    @Test
    void rsyncKilledHalfwayLeavesNoSnapshotAndTheNextRunRecovers() throws Exception {
        Path previous = interruptedRunAfterAGoodOne(false);
        assertNextRunCompletesAndHistoryIsIntact(previous);
    }

    @Test
    void wholeCommandKilledHalfwayLeavesNoSnapshotAndTheNextRunRecovers() throws Exception {
        Path previous = interruptedRunAfterAGoodOne(true);
        assertNextRunCompletesAndHistoryIsIntact(previous);
    }

    @Test
    void concurrentRunsOfOneHostNeverBothWrite() throws Exception {
        AwkwardTree.bulk(source, BULK_FILES, BULK_KIB);
        ExternalProcess.Started first = PlanbCommand.start(throttled(8192), configFile, "backup", config.hostId(), "--json");
        try {
            awaitTransferUnderWay(first);

            PlanbCommand.Report second = PlanbCommand.Report.of(
                    ExternalProcess.run(PlanbCommand.argv(configFile, "backup", config.hostId(), "--json"), Map.of(), Duration.ofMinutes(1)));
            assertThat(first.process().isAlive()).as("the first run is still transferring").isTrue();
            assertThat(second.exitCode()).as("second run: %s", second).isEqualTo(4);
            assertThat(second.outcome()).isEqualTo("SKIPPED");
            assertThat(second.snapshot()).isNull();
        } finally {
            PlanbCommand.Report firstReport = PlanbCommand.Report.of(first.await(Duration.ofMinutes(2)));
            assertThat(firstReport.exitCode()).as("first run: %s", firstReport).isZero();
            assertThat(firstReport.outcome()).isEqualTo("SUCCESS");
            assertThat(stored.names()).containsExactly(firstReport.snapshot());
            assertThat(TreeComparator.everything().differences(source, stored.restore(firstReport.snapshot()))).isEmpty();
        }
    }

    /**
     * A good backup of a bulk tree, then half of it rewritten and a throttled run interrupted
     * mid-transfer. Returns a copy of the tree the good backup saw.
     */
    private Path interruptedRunAfterAGoodOne(boolean killWholeCommand) throws Exception {
        AwkwardTree.bulk(source, BULK_FILES, BULK_KIB);
        PlanbCommand.Report good = PlanbCommand.backup(configFile, config.hostId());
        assertThat(good.exitCode()).as("first backup: %s", good).isZero();
        Path previous = work.resolve("previous");
        ExternalProcess.run(List.of("cp", "-a", source + "/.", previous.toString())).orThrow();
        // New content in half of the files, and an ownership/mode change in place on one that
        // is not rewritten: a resumed run must not reach into the earlier snapshot through a link.
        // The rewritten files get a time of their own: rsync's quick check compares whole seconds,
        // and the rewrite may fall into the second the files were made in.
        ExternalProcess.run(List.of("bash", "-c", "for f in \"$1\"/d[0-7]/*; do head -c 524288 /dev/urandom > \"$f\"; "
                + "touch -d '2021-06-01 UTC' \"$f\"; done; "
                + "chmod 0600 \"$1\"/d9/f9; touch -d '2020-01-01 UTC' \"$1\"/d9/f9", "rewrite", source.toString())).orThrow();

        ExternalProcess.Started run = PlanbCommand.start(throttled(16384), configFile, "backup", config.hostId(), "--json");
        awaitTransferUnderWay(run);
        ExternalProcess.Result killed;
        if (killWholeCommand) {
            List<ProcessHandle> tree = run.process().descendants().toList();
            run.process().destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
            killed = run.await(Duration.ofSeconds(30));
            assertThat(killed.exitCode()).as("killed with SIGKILL").isEqualTo(137);
        } else {
            ProcessHandle rsync = localRsync(run).orElseThrow(() -> new AssertionError("no rsync child of " + run.argv()));
            rsync.destroyForcibly();
            killed = run.await(Duration.ofMinutes(1));
            PlanbCommand.Report report = PlanbCommand.Report.of(killed);
            assertThat(report.exitCode()).as("run whose rsync was killed: %s", report).isEqualTo(1);
            assertThat(report.outcome()).isEqualTo("FAILED");
            assertThat(report.snapshot()).isNull();
            assertThat(report.error()).isNotBlank();
        }
        assertThat(stored.names()).as("snapshots after the interrupted run").containsExactly(good.snapshot());
        assertThat(TreeComparator.everything().differences(previous, stored.restore(good.snapshot())))
                .as("the earlier snapshot after the interrupted run").isEmpty();
        return previous;
    }

    private void assertNextRunCompletesAndHistoryIsIntact(Path previous) {
        // Leave any process of the killed run time to die, as a scheduler would.
        List<String> before = stored.names();
        PlanbCommand.Report next = PlanbCommand.backup(configFile, config.hostId());
        assertThat(next.exitCode()).as("run after the interrupted one: %s", next).isZero();
        assertThat(next.outcome()).isEqualTo("SUCCESS");
        assertThat(stored.names()).hasSize(before.size() + 1).endsWith(next.snapshot());
        assertThat(TreeComparator.everything().differences(source, stored.restore(next.snapshot())))
                .as("the snapshot of the recovering run").isEmpty();
        assertThat(TreeComparator.everything().differences(previous, stored.restore(before.get(0))))
                .as("the snapshot before the interrupted run").isEmpty();
    }

    private void assertFailedWithoutSnapshot(PlanbCommand.Report report) {
        assertThat(report.exitCode()).as("exit code of %s", report).isEqualTo(1);
        assertThat(report.outcome()).isEqualTo("FAILED");
        assertThat(report.snapshot()).isNull();
        assertThat(report.error()).isNotBlank();
        assertThat(stored.names()).as("snapshots").isEmpty();
    }

    /**
     * An environment whose {@code ssh} is the real one with its output to rsync slowed to at most
     * {@code chunkBytes} per 10 ms (perl), so a transfer can be caught halfway. The concurrency
     * test goes slower, leaving a loaded CI machine time to start the second JVM. rsync finds ssh
     * through PATH, so the transfer is still real rsync over real ssh.
     */
    private Map<String, String> throttled(int chunkBytes) throws IOException {
        SystemRequirement.require("perl", "throttles the ssh stream to interrupt a transfer halfway");
        Path bin = work.resolve("slow-bin");
        Files.createDirectories(bin);
        Path realSsh = SystemRequirement.require("ssh", "transport");
        Path wrapper = bin.resolve("ssh");
        Files.writeString(wrapper, "#!/bin/bash\n"
                + "# The real ssh, its output to rsync throttled; the exit status stays ssh's.\n"
                + "set -o pipefail\n"
                + "'" + realSsh + "' \"$@\" | perl -e 'binmode STDIN; binmode STDOUT; $| = 1; "
                + "while ((my $n = sysread(STDIN, my $b, " + chunkBytes + ")) > 0) { syswrite(STDOUT, $b); select(undef, undef, undef, 0.01); }'\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** Waits until the run has written part, but not all, of the bulk tree. */
    private void awaitTransferUnderWay(ExternalProcess.Started run) throws InterruptedException, IOException {
        Path startedMarker = Files.createTempFile(work, "run-started", "");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Path hostDirectory = work.resolve("store").resolve(E2eConfig.GROUP).resolve("web");
        while (System.nanoTime() < deadline) {
            if (!run.process().isAlive()) {
                throw new AssertionError("the run ended before it could be interrupted: " + run.await(Duration.ofSeconds(5)).describe());
            }
            if (localRsync(run).isPresent() && bytesWrittenSince(hostDirectory, startedMarker) > 2L * BULK_KIB * 1024) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the transfer never got under way");
    }

    /**
     * Bytes in files this run wrote under the host's directory: changed since the marker and
     * not hard-linked (files linked from an earlier snapshot change their ctime too).
     */
    private static long bytesWrittenSince(Path hostDirectory, Path marker) {
        if (!Files.isDirectory(hostDirectory)) {
            return 0;
        }
        ExternalProcess.Result found = ExternalProcess.run(List.of("find", hostDirectory.toString(), "-type", "f", "-links", "1",
                "-cnewer", marker.toString(), "-printf", "%s\\n"));
        long total = 0;
        for (String line : found.stdoutText().split("\n")) {
            if (!line.isBlank()) {
                total += Long.parseLong(line.strip());
            }
        }
        return total;
    }

    private static Optional<ProcessHandle> localRsync(ExternalProcess.Started run) {
        return run.process().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/rsync")).orElse(false))
                .findFirst();
    }
}
