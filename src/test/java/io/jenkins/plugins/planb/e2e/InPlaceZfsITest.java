package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * ZFS storage writes changed files in place: through the real {@code planb backup} over the real
 * sshd into a real zfs-fuse pool. A change costs about its own blocks in the previous snapshot;
 * a run killed in the middle of a large file leaves no snapshot and the next run repairs the
 * half-written file, even when size and time would let rsync's quick check pass it; a hard link
 * the host has broken is not written through; and the transfer limits end a run that stops
 * moving or runs too long.
 */
class InPlaceZfsITest {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    @RegisterExtension
    static final ZfsPoolExtension ZFS = new ZfsPoolExtension();

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path work;

    /** Each test gets a parent of its own, so one that cannot clean up does not spoil the next. */
    private static int tests;

    private String parent;
    private Path source;
    private E2eConfig config;
    private Path configFile;
    private StoredSnapshots.Zfs stored;

    @BeforeEach
    void configure() {
        parent = ZFS.poolName() + "/inplace" + tests++;
        ExternalProcess.run(List.of("zfs", "create", parent)).orThrow();
        source = work.resolve("source");
        config = E2eConfig.zfsStorage(parent, work.resolve("state"))
                .sshHost("big", SSH.port(), SSH.user(), SSH.clientKey(), SSH.knownHosts(), source)
                .set("retention", FidelityScenario.KEEP_ALL);
        configFile = config.writeTo(work.resolve("planb.yaml"));
        stored = new StoredSnapshots.Zfs(dataset());
    }

    @AfterEach
    void destroyTheDatasets() {
        stored.destroyClones();
        // The 512 MiB pool holds one test's data at a time; zfs-fuse may be busy for a moment.
        for (int attempt = 0; attempt < 20; attempt++) {
            if (ExternalProcess.run(List.of("zfs", "destroy", "-r", parent)).exitCode() == 0) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
    }

    private String dataset() {
        return parent + "/" + E2eConfig.GROUP + "/big";
    }

    private Path liveCopy() {
        String mountpoint = ExternalProcess.run(List.of("zfs", "get", "-H", "-o", "value", "mountpoint", dataset()))
                .orThrow().stdoutText().strip();
        return Path.of(mountpoint, "data");
    }

    @Test
    void oneMibChangedInA256MibFileCostsAboutItsOwnBlocksInThePreviousSnapshot() throws IOException {
        Path big = source.resolve("disk.img");
        randomFile(big, 256 * MIB);
        PlanbCommand.Report first = successfulBackup();

        ExternalProcess.run(List.of("dd", "if=/dev/urandom", "of=" + big, "bs=1M", "count=1", "seek=128",
                "conv=notrunc", "status=none")).orThrow();
        ExternalProcess.run(List.of("touch", "-d", "2021-06-01 00:00:00 UTC", big.toString())).orThrow();
        PlanbCommand.Report second = successfulBackup();

        long used = usedBytes(dataset() + "@" + first.snapshot());
        assertThat(used).as("space the first snapshot holds alone after 1 MiB changed").isLessThanOrEqualTo(4 * MIB);
        assertThat(second.json().get("bytesTransferred")).isEqualTo(256 * MIB);
        assertThat(second.process().stderrText()).contains("changed files updated in place", "--inplace");
        Path restored = stored.restore(second.snapshot());
        assertThat(Files.mismatch(restored.resolve("disk.img"), big)).as("the new snapshot's file").isEqualTo(-1L);
        assertThat(ExternalProcess.run(List.of("zfs", "get", "-H", "-o", "value", "planb:unfinished", dataset()))
                .orThrow().stdoutText().strip()).as("the finished transfer is not marked").isEqualTo("-");
    }

    @Test
    void aRunKilledInTheMiddleOfALargeFileLeavesNoSnapshotAndTheNextRunRepairsIt() throws Exception {
        Path big = source.resolve("vm.img");
        Path before = work.resolve("vm.img.before");
        Path fresh = work.resolve("vm.img.fresh");
        PlanbCommand.Report good = backUpThenStartAChange(big, before, fresh);
        ExternalProcess.Started run = PlanbCommand.start(sshThrottled(65536, Long.MAX_VALUE), configFile,
                "backup", config.hostId(), "--json");
        Path written = liveCopy().resolve("vm.img");
        awaitHalfWritten(run, written, before, fresh);
        List<ProcessHandle> tree = run.process().descendants().toList();
        run.process().destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        assertThat(run.await(Duration.ofSeconds(30)).exitCode()).as("killed with SIGKILL").isEqualTo(137);
        for (ProcessHandle process : tree) {
            process.onExit().get();
        }

        assertThat(stored.names()).as("snapshots after the killed run").containsExactly(good.snapshot());
        assertThat(Files.mismatch(written, fresh)).as("the live copy is half new").isNotEqualTo(-1L);
        assertThat(Files.mismatch(written, before)).as("and half old").isNotEqualTo(-1L);
        // Worst case for rsync's quick check: the source has the half-written file's size and time.
        ExternalProcess.run(List.of("touch", "-r", written.toString(), big.toString())).orThrow();

        PlanbCommand.Report next = successfulBackup();

        assertRepaired(good, next, big, before);
        // vm.img, and whatever else changed within two seconds before the killed run started
        assertThat(next.process().stderrText()).containsPattern("did not finish; \\d+ files? it left half-written")
                .doesNotContain("compares the contents", "stopped rsync");
    }

    @Test
    void whenOnlyPlanbIsKilledItsRsyncGoesOnWritingAndTheNextRunStopsItFirst() throws Exception {
        Path big = source.resolve("vm.img");
        Path before = work.resolve("vm.img.before");
        Path fresh = work.resolve("vm.img.fresh");
        PlanbCommand.Report good = backUpThenStartAChange(big, before, fresh);
        ExternalProcess.Started run = PlanbCommand.start(sshThrottled(32768, Long.MAX_VALUE), configFile,
                "backup", config.hostId(), "--json");
        awaitHalfWritten(run, liveCopy().resolve("vm.img"), before, fresh);
        run.process().destroyForcibly(); // the JVM only, as the OOM killer would: rsync lives on
        assertThat(run.await(Duration.ofSeconds(30)).exitCode()).as("killed with SIGKILL").isEqualTo(137);
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").endsWith("/rsync"))
                .filter(p -> p.info().commandLine().orElse("").contains(liveCopy().toString())))
                .as("rsync outlives its planb").isNotEmpty();

        PlanbCommand.Report next = successfulBackup();

        assertThat(next.process().stderrText()).contains("WARNING: e2e/big: stopped rsync ",
                "of an earlier, unfinished run, still writing into " + liveCopy());
        assertRepaired(good, next, big, before);
        assertNoProcessOfTheRunIsLeft();
    }

    /** A good backup of a 64 MiB file, whose every byte is then replaced on the host. */
    private PlanbCommand.Report backUpThenStartAChange(Path big, Path before, Path fresh) throws IOException {
        randomFile(big, 64 * MIB);
        Files.writeString(source.resolve("small.txt"), "small\n");
        PlanbCommand.Report good = successfulBackup();
        Files.copy(big, before);
        randomFile(fresh, 64 * MIB);
        ExternalProcess.run(List.of("dd", "if=" + fresh, "of=" + big, "bs=1M", "conv=notrunc", "status=none")).orThrow();
        // A time of its own: rsync's quick check compares whole seconds, and this may be the second of the backup.
        ExternalProcess.run(List.of("touch", "-d", "2021-06-01 00:00:00 UTC", big.toString())).orThrow();
        return good;
    }

    private void assertRepaired(PlanbCommand.Report good, PlanbCommand.Report next, Path big, Path before)
            throws IOException {
        assertThat(stored.names()).containsExactly(good.snapshot(), next.snapshot());
        Path restored = stored.restore(next.snapshot());
        assertThat(Files.mismatch(restored.resolve("vm.img"), big)).as("the repaired file, byte for byte").isEqualTo(-1L);
        assertThat(TreeComparator.zfsFuse().differences(source, restored)).isEmpty();
        assertThat(Files.mismatch(stored.restore(good.snapshot()).resolve("vm.img"), before))
                .as("the snapshot before the killed run").isEqualTo(-1L);
    }

    @Test
    void aHardLinkTheHostBrokeIsNotWrittenThroughInPlace() throws IOException {
        Files.createDirectories(source.resolve("x"));
        Path a = source.resolve("a");
        randomFile(a, MIB);
        Files.createLink(source.resolve("b"), a);
        Files.createLink(source.resolve("x/c"), a);
        Files.writeString(source.resolve("d"), "unrelated\n");
        PlanbCommand.Report first = successfulBackup();
        Path then = work.resolve("then");
        ExternalProcess.run(List.of("cp", "-a", source + "/.", then.toString())).orThrow();

        // b becomes a file of its own (as an upgrade that writes a new file and renames it), and
        // a, still linked to x/c, changes in place.
        Path newB = source.resolve("b.new");
        randomFile(newB, MIB);
        ExternalProcess.run(List.of("touch", "-d", "2031-01-01 00:00:00 UTC", newB.toString())).orThrow();
        Files.move(newB, source.resolve("b"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (RandomAccessFile file = new RandomAccessFile(a.toFile(), "rw")) {
            file.write("changed in place".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ExternalProcess.run(List.of("touch", "-d", "2030-01-01 00:00:00 UTC", a.toString())).orThrow();
        PlanbCommand.Report second = successfulBackup();

        assertThat(TreeComparator.zfsFuse().differences(source, stored.restore(second.snapshot())))
                .as("the snapshot after the split").isEmpty();
        assertThat(second.process().stderrText()).contains("a second pass gives each name the file the host has");
        assertThat(TreeComparator.zfsFuse().differences(then, stored.restore(first.snapshot())))
                .as("the snapshot before it").isEmpty();
        assertThat(TreeComparator.zfsFuse().differences(source, liveCopy())).as("the live copy").isEmpty();
    }

    @Test
    void aSourceThatStopsSendingEndsFailedByTheStallLimit() throws IOException {
        randomFile(source.resolve("stuck.img"), 32 * MIB);
        config.set("stallTimeout", "2s").writeTo(configFile);

        long start = System.nanoTime();
        PlanbCommand.Report report = PlanbCommand.Report.of(PlanbCommand.run(sshThrottled(65536, 4 * MIB), configFile,
                "backup", config.hostId(), "--json"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(report.exitCode()).as("%s", report).isEqualTo(1);
        assertThat(report.outcome()).isEqualTo("FAILED");
        assertThat(report.snapshot()).isNull();
        assertThat(report.error()).startsWith("stalled: no data moved for 2s (stall limit 2s, stallTimeout); "
                + "rsync was stopped after ");
        assertThat(took).as("ended by the 2 s limit, not rsync's I/O timeout of 60 s").isLessThan(Duration.ofSeconds(40));
        assertThat(stored.names()).isEmpty();
        assertNoProcessOfTheRunIsLeft();
    }

    @Test
    void aRunPastItsMaximumRunTimeEndsFailedAndAProgressLineIsWrittenMeanwhile() throws IOException {
        randomFile(source.resolve("slow.img"), 32 * MIB);
        config.set("stallTimeout", "0").set("maxRunTime", "4s").set("progressInterval", "1s").writeTo(configFile);

        PlanbCommand.Report report = PlanbCommand.Report.of(PlanbCommand.run(sshThrottled(16384, Long.MAX_VALUE),
                configFile, "backup", config.hostId(), "--json"));

        assertThat(report.exitCode()).as("%s", report).isEqualTo(1);
        assertThat(report.outcome()).isEqualTo("FAILED");
        assertThat(report.error()).startsWith("timed out: the run reached its maximum run time of 4s (maxRunTime); "
                + "rsync was stopped after ");
        assertThat(stored.names()).isEmpty();
        assertThat(report.process().stderrText().lines())
                .as("progress lines in the log of a run that is not on a terminal")
                .anyMatch(line -> line.matches("e2e/big: [0-9.]+ (B|KiB|MiB).* \\[\\d+s\\]"))
                .noneMatch(line -> line.contains("\r"));
        assertThat(PlanbCommand.jsonLines(report.process().stdoutText())).as("--json prints one object").hasSize(1);
        assertNoProcessOfTheRunIsLeft();
    }

    private PlanbCommand.Report successfulBackup() {
        PlanbCommand.Report report = PlanbCommand.backup(configFile, config.hostId());
        assertThat(report.exitCode()).as("%s", report).isZero();
        assertThat(report.outcome()).isEqualTo("SUCCESS");
        assertThat(report.json().get("rsyncExitCode")).isEqualTo(0L);
        return report;
    }

    private static void randomFile(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        ExternalProcess.run(List.of("dd", "if=/dev/urandom", "of=" + file, "bs=1M", "count=" + (bytes / MIB),
                "iflag=fullblock", "status=none")).orThrow();
    }

    private static long usedBytes(String snapshot) {
        return Long.parseLong(ExternalProcess.run(List.of("zfs", "get", "-H", "-p", "-o", "value", "used", snapshot))
                .orThrow().stdoutText().strip());
    }

    /** Waits until the live copy's file starts with the new bytes and still ends with the old. */
    private static void awaitHalfWritten(ExternalProcess.Started run, Path written, Path before, Path fresh)
            throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!run.process().isAlive()) {
                throw new AssertionError("the run ended before it could be killed: " + run.await(Duration.ofSeconds(5)).describe());
            }
            if (Files.isRegularFile(written) && sameRange(written, fresh, 0) && sameRange(written, before, 63 * MIB)) {
                return;
            }
            pause(Duration.ofMillis(20));
        }
        throw new AssertionError("the transfer never got half way");
    }

    /** Whether the MiB at {@code offset} is the same in both files. */
    private static boolean sameRange(Path a, Path b, long offset) throws IOException {
        return Arrays.equals(read(a, offset), read(b, offset));
    }

    private static byte[] read(Path file, long offset) throws IOException {
        byte[] bytes = new byte[(int) MIB];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(offset);
            int total = 0;
            while (total < bytes.length) {
                int n = in.read(bytes, total, bytes.length - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
        }
        return bytes;
    }

    /**
     * An environment whose {@code ssh} is the real one, its output to rsync passed on at most
     * {@code chunkBytes} per 10 ms (perl), and not at all after {@code limitBytes}: then the
     * wrapper sleeps and the source has stopped sending, although ssh and the remote rsync live.
     * It ends when rsync is gone (a write fails), as ssh itself does.
     */
    private Map<String, String> sshThrottled(int chunkBytes, long limitBytes) throws IOException {
        SystemRequirement.require("perl", "throttles and stops the ssh stream");
        Path bin = work.resolve("slow-bin");
        Files.createDirectories(bin);
        Path realSsh = SystemRequirement.require("ssh", "transport");
        Path wrapper = bin.resolve("ssh");
        Files.writeString(wrapper, "#!/bin/bash\n"
                + "# planb-inplace-itest: the real ssh, its output to rsync throttled, then stopped.\n"
                + "set -o pipefail\n"
                + "'" + realSsh + "' \"$@\" | perl -e 'binmode STDIN; binmode STDOUT; $| = 1; my $left = "
                + limitBytes + "; "
                + "while ($left > 0 && (my $n = sysread(STDIN, my $b, " + chunkBytes + ")) > 0) { syswrite(STDOUT, $b) or exit 1; "
                + "$left -= $n; select(undef, undef, undef, 0.01); } sleep 3600 if $left <= 0;' " + marker() + "\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** No rsync, ssh wrapper or perl of the run is left: the limit killed the whole tree. */
    private void assertNoProcessOfTheRunIsLeft() {
        String destination = liveCopy().toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> left;
        do {
            left = ProcessHandle.allProcesses()
                    .map(p -> p.info().commandLine().orElse(""))
                    .filter(line -> line.contains(destination) || line.contains(marker()))
                    .toList();
            if (left.isEmpty()) {
                return;
            }
            pause(Duration.ofMillis(100));
        } while (System.nanoTime() < deadline);
        throw new AssertionError("processes of the run still alive: " + left);
    }

    /** A word on the command line of every process of the ssh wrapper: this test's directory. */
    private String marker() {
        return work.toString();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
