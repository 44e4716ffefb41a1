package io.jenkins.plugins.planb.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.WriteMode;
import io.jenkins.plugins.planb.core.transport.RsyncProgress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transfer phase: progress, the stall limit and maximum run time, in-place writes and the
 * storage's second pass. The limits run on a fake monotonic clock that moves a step each time
 * it is read, so no test waits for a limit to pass.
 */
class BackupRunnerTransferTest {

    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");

    @TempDir
    Path stateDir;

    private final FakeStorage storage = new FakeStorage();
    private final FakeCommandRunner commands = new FakeCommandRunner();
    private final RecordingRunLog log = new RecordingRunLog();
    private final List<RunRecord> recorded = new ArrayList<>();

    private BackupRunner runner(LongSupplier nanoTime) {
        return new BackupRunner(storage, commands, TransferSteps.RSYNC, HostLock.inStateDir(stateDir),
                recorded::add, log, Clock.fixed(NOW, ZoneOffset.UTC), nanoTime);
    }

    private BackupRunner runner() {
        return runner(System::nanoTime);
    }

    /** A clock that is {@code step} later each time it is read. */
    private static LongSupplier advancing(Duration step) {
        AtomicLong now = new AtomicLong();
        return () -> now.addAndGet(step.toNanos());
    }

    private static HostSpec host(Duration stallTimeout, Duration maxRunTime, Duration progressInterval) {
        return TestHosts.local("acme/web01").withTransferLimits(stallTimeout, maxRunTime, progressInterval);
    }

    private static String recorded(String name) throws IOException {
        try (InputStream in = RsyncProgress.class.getResourceAsStream("rsync-3.5.0/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void progressGoesToTheLogsProgressNotItsOutputAndTheStatsAreReadBehindIt() throws IOException {
        commands.rsync = new ExecResult(0, false, recorded("first-backup.out"), "");
        commands.captureOnlyTheHead = true;

        RunRecord record = runner().run(TestHosts.local("acme/web01"));

        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.filesTotal()).isEqualTo(64);
        assertThat(record.filesTransferred()).isEqualTo(61);
        assertThat(record.bytesTransferred()).isEqualTo(50_796_849L);
        assertThat(log.lines).filteredOn(line -> line.startsWith("progress ")).hasSizeGreaterThan(60)
                .last().asString().isEqualTo("progress acme/web01 48.4 MiB in 61 files, 64/64 checked, 16.1 MiB/s, 100%");
        assertThat(log.lines).filteredOn(line -> line.startsWith("output "))
                .noneMatch(line -> RsyncProgress.isProgress(line.substring("output ".length())))
                .anyMatch(line -> line.contains("Number of files: 64"));
        assertThat(log.lines).contains("progressDone acme/web01");
    }

    @Test
    void aTransferThatStopsMovingEndsFailedByTheStallLimitWithNoSnapshot() {
        commands.rsyncBlocksUntilInterrupted = true;

        RunRecord record = runner(advancing(Duration.ofSeconds(5)))
                .run(host(Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO));

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.error()).matches("stalled: no data moved for \\d+s \\(stall limit 5s, stallTimeout\\); "
                + "rsync was stopped after \\d+s and its processes killed");
        assertThat(record.snapshot()).isNull();
        assertThat(record.rsyncExitCode()).isNull();
        assertThat(storage.calls).contains("abandon").noneMatch(call -> call.startsWith("snapshot"));
        assertThat(Thread.currentThread().isInterrupted()).as("the monitor's interrupt is not left behind").isFalse();
    }

    @Test
    void aRunPastItsMaximumRunTimeEndsFailedSayingSo() {
        commands.rsyncBlocksUntilInterrupted = true;

        RunRecord record = runner(advancing(Duration.ofHours(1)))
                .run(host(Duration.ZERO, Duration.ofHours(2), Duration.ZERO));

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.error()).startsWith("timed out: the run reached its maximum run time of 2h (maxRunTime); "
                + "rsync was stopped after ");
        assertThat(storage.calls).contains("abandon").noneMatch(call -> call.startsWith("snapshot"));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void withoutLimitsNothingStopsTheTransfer() {
        RunRecord record = runner(advancing(Duration.ofDays(1))).run(host(Duration.ZERO, Duration.ZERO, Duration.ZERO));

        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void inPlaceWritesAreAskedForAndTheStoragesNotesBecomeWarnings() {
        storage.writes = WriteMode.IN_PLACE;
        storage.notes = List.of("compression is off on tank/acme/web01, so runs of zeros take their full size");

        RunRecord record = runner().run(TestHosts.local("acme/web01"));

        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(commands.rsyncs()).singleElement().satisfies(rsync ->
                assertThat(rsync.argv()).contains("--inplace", "--no-whole-file", "--info=progress2").doesNotContain("--sparse"));
        assertThat(record.warnings()).containsExactly(storage.notes.getFirst());
        assertThat(log.lines).contains("warn acme/web01: " + storage.notes.getFirst());
        assertThat(storage.calls).containsSubsequence("prepare", "afterTransfer IN_PLACE", "snapshot planb-20260110T120000Z");
    }

    @Test
    void aSecondPassTheStorageAsksForReplacesFilesAndItsOutcomeCounts() {
        storage.writes = WriteMode.IN_PLACE;
        BackupTarget replacing = new BackupTarget(TestHosts.local("acme/web01").id(), "tank/acme/web01",
                "/mnt/tank/acme/web01/data/", null, WriteMode.REPLACE, List.of());
        storage.secondPass = Optional.of(replacing);
        commands.laterRsyncs.add(new ExecResult(23, false, FakeCommandRunner.STATS,
                "rsync: [sender] send_files failed to open \"/srv/source/x\": Permission denied (13)\n"));

        RunRecord record = runner().run(TestHosts.local("acme/web01"));

        assertThat(commands.rsyncs()).hasSize(2);
        assertThat(commands.rsyncs().get(0).argv()).contains("--inplace");
        assertThat(commands.rsyncs().get(1).argv()).contains("--sparse").doesNotContain("--inplace");
        assertThat(record.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(record.rsyncExitCode()).isEqualTo(23);
        assertThat(record.error()).startsWith("second pass: rsync exit 23");
        assertThat(record.snapshot()).isNotNull();
        assertThat(record.filesTransferred()).as("the main pass's numbers").isEqualTo(3);
        assertThat(log.lines).anyMatch(line -> line.contains("a second pass gives each name the file the host has"));
    }

    @Test
    void aFailedTransferIsNotCheckedForASecondPass() {
        storage.writes = WriteMode.IN_PLACE;
        commands.rsync = new ExecResult(12, false, "", "rsync error: error in rsync protocol data stream (code 12)\n");

        RunRecord record = runner().run(TestHosts.local("acme/web01"));

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(storage.calls).noneMatch(call -> call.startsWith("afterTransfer")).contains("abandon");
    }

    @Test
    void mergeKeepsTheWorseOutcomeTheFirstErrorAndBothWarnings() {
        var first = new io.jenkins.plugins.planb.core.transport.TransferResult(Outcome.PARTIAL, 24, "vanished",
                io.jenkins.plugins.planb.core.transport.RsyncStats.NONE, List.of("a"));
        var second = new io.jenkins.plugins.planb.core.transport.TransferResult(Outcome.SUCCESS, 0, null,
                io.jenkins.plugins.planb.core.transport.RsyncStats.NONE, List.of("b"));

        var merged = BackupRunner.merge(first, second);

        assertThat(merged.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(merged.exitCode()).isEqualTo(24);
        assertThat(merged.error()).isEqualTo("vanished");
        assertThat(merged.warnings()).containsExactly("a", "b");
    }
}
