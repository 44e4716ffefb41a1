package io.jenkins.plugins.planb.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle rules of one run, with a fake storage and a fake process runner. */
class BackupRunnerTest {

    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    private static final String OLD = "planb-20260108T120000Z";
    private static final String OLDER_MINUTE_FORM = "planb-20260107T1200Z";
    private static final String MANUAL = "before-upgrade";

    @TempDir
    Path stateDir;

    private final FakeStorage storage = new FakeStorage(OLDER_MINUTE_FORM, OLD, MANUAL);
    private final FakeCommandRunner commands = new FakeCommandRunner();
    private final RecordingRunLog log = new RecordingRunLog();
    private final List<RunRecord> recorded = new ArrayList<>();

    private BackupRunner runner() {
        return new BackupRunner(storage, commands, TransferSteps.RSYNC, HostLock.inStateDir(stateDir),
                recorded::add, log, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Only the newest snapshot is kept by the empty policy: retention has work to do. */
    private static HostSpec host() {
        return TestHosts.local("acme/web01", "/srv/source", "", true);
    }

    @Test
    void successTakesTheNextSnapshotThenDestroysWhatRetentionGivesUpInOneCall() {
        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.snapshot()).isEqualTo("planb-20260110T120000Z");
        assertThat(record.rsyncExitCode()).isZero();
        assertThat(record.error()).isNull();
        assertThat(storage.destroyCalls).containsExactly(List.of(OLDER_MINUTE_FORM, OLD));
        assertThat(record.destroyedSnapshots()).containsExactly(OLDER_MINUTE_FORM, OLD);
        assertThat(storage.snapshots).containsExactlyInAnyOrder(MANUAL, "planb-20260110T120000Z");
        assertThat(record.snapshotCount()).isEqualTo(storage.snapshots.size());
        assertThat(record.filesTotal()).isEqualTo(12);
        assertThat(record.filesTransferred()).isEqualTo(3);
        assertThat(record.bytesTransferred()).isEqualTo(456);
        assertThat(record.sizes()).isEqualTo(storage.sizes);
        assertThat(record.dataset()).isEqualTo("tank/acme/web01");
        assertThat(recorded).containsExactly(record);
        assertThat(storage.calls).doesNotContain("abandon");
    }

    @Test
    void snapshotComesAfterTheTransferAndRetentionAfterTheSnapshot() {
        runner().run(host());

        assertThat(storage.calls).containsSubsequence("prepare", "capabilities", "list", "snapshot planb-20260110T120000Z",
                "destroy", "sizes");
        assertThat(storage.calls).as("one listing serves the name and retention").containsOnlyOnce("list");
        assertThat(commands.ranRsync()).isTrue();
    }

    @Test
    void partialTakesASnapshotAndKeepsTheWarnings() {
        commands.rsync = new ExecResult(24, false, FakeCommandRunner.STATS,
                "file has vanished: \"/srv/source/tmp/x\"\nrsync warning: some files vanished before they could be transferred (code 24)\n");

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(record.exitCode()).isEqualTo(3);
        assertThat(record.snapshot()).isEqualTo("planb-20260110T120000Z");
        assertThat(record.rsyncExitCode()).isEqualTo(24);
        assertThat(record.error()).contains("24");
        assertThat(record.warnings()).anyMatch(w -> w.contains("vanished"));
        assertThat(storage.destroyCalls).hasSize(1);
    }

    @Test
    void failedTakesNoSnapshotRunsNoRetentionAndAbandonsTheTarget() {
        commands.rsync = new ExecResult(12, false, "", "rsync: connection unexpectedly closed\nrsync error: error in rsync protocol data stream (code 12)\n");

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.exitCode()).isEqualTo(1);
        assertThat(record.snapshot()).isNull();
        assertThat(record.rsyncExitCode()).isEqualTo(12);
        assertThat(record.error()).contains("connection unexpectedly closed");
        assertThat(storage.calls).contains("abandon").doesNotContain("destroy")
                .noneMatch(call -> call.startsWith("snapshot"));
        assertThat(storage.snapshots).containsExactly(OLDER_MINUTE_FORM, OLD, MANUAL);
        assertThat(record.destroyedSnapshots()).isEmpty();
        assertThat(recorded).containsExactly(record);
    }

    @Test
    void aFailingPrepareIsFailedWithTheStorageMessage() {
        storage.failPrepare = new StorageException("cannot create dataset tank/acme/web01: out of space");

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.error()).isEqualTo("cannot create dataset tank/acme/web01: out of space");
        assertThat(record.rsyncExitCode()).isNull();
        assertThat(commands.ranRsync()).isFalse();
    }

    @Test
    void aFailingSnapshotIsFailedAndRunsNoRetention() {
        storage.failSnapshot = new StorageException("zfs snapshot: dataset is busy");

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.snapshot()).isNull();
        assertThat(record.error()).isEqualTo("snapshot failed: zfs snapshot: dataset is busy");
        assertThat(record.rsyncExitCode()).isZero();
        assertThat(storage.calls).contains("abandon").doesNotContain("destroy");
    }

    @Test
    void anInterruptWhileTakingTheSnapshotEndsFailedAndRunsNoRetention() {
        storage.interruptAfterSnapshot = true;

        RunRecord record;
        try {
            record = runner().run(host());
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is handed back to the caller").isTrue();
        }

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.snapshot()).isNull();
        assertThat(record.error()).contains("interrupted");
        assertThat(storage.calls).doesNotContain("destroy");
        assertThat(storage.snapshots).contains(OLDER_MINUTE_FORM, OLD, MANUAL);
    }

    @Test
    void retentionNeverHandsAManualSnapshotToTheStorage() {
        List<String> lookalikes = List.of("planb-manual", "planb-20250101T000000", "planb-20250101T0000",
                "Planb-20250101T000000Z", "planb-20250101T000000Z-keep", "keep-planb-20250102T000000Z", "zzz");
        storage.snapshots.addAll(lookalikes);
        for (int day = 1; day <= 9; day++) {
            storage.snapshots.add("planb-2025120" + day + "T000000Z");
        }

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        List<String> destroyed = storage.destroyCalls.stream().flatMap(List::stream).toList();
        assertThat(destroyed).hasSize(11).allMatch(SnapshotName::isOwn).doesNotContainAnyElementsOf(lookalikes)
                .doesNotContain(MANUAL, record.snapshot());
        assertThat(storage.snapshots).containsAll(lookalikes).contains(MANUAL, record.snapshot());
    }

    @Test
    void aRetentionFailureAfterTheSnapshotKeepsTheSnapshotAndWarns() {
        storage.failDestroy = new IllegalStateException("zfs destroy: permission denied");

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.snapshot()).isEqualTo("planb-20260110T120000Z");
        assertThat(record.destroyedSnapshots()).isEmpty();
        assertThat(record.warnings()).anyMatch(w -> w.contains("retention failed") && w.contains("permission denied"));
        assertThat(storage.calls).doesNotContain("abandon");
    }

    @Test
    void whatTheStorageCannotKeepIsOneWarningNotAPartial() {
        storage.capabilities = new Capabilities(true, false);

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.warnings()).singleElement().asString().contains("ACLs not kept");
        assertThat(log.lines).filteredOn(l -> l.contains("ACLs not kept")).hasSize(1);
        assertThat(commands.commands.stream().filter(c -> c.argv().contains("rsync")).findFirst().orElseThrow().argv())
                .doesNotContain("--acls");
    }

    @Test
    void aStorageThatCannotKeepOwnersSaysSoOnceAndStillSucceeds() {
        storage.capabilities = new Capabilities(true, true, false);

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.warnings()).singleElement().asString().contains("file owners not kept").contains("root");
        assertThat(log.lines).filteredOn(l -> l.contains("file owners not kept")).hasSize(1);
    }

    @Test
    void aHostAlreadyBeingBackedUpIsSkippedWithoutTouchingAnything() throws IOException {
        HostSpec host = host();
        Optional<HostLock> otherRun = HostLock.inStateDir(stateDir).tryLock(host.id());
        assertThat(otherRun).isPresent();
        try (HostLock held = otherRun.get()) {
            RunRecord record = runner().run(host);

            assertThat(record.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(record.exitCode()).isEqualTo(4);
            assertThat(record.error()).isEqualTo("already being backed up");
            assertThat(record.dataset()).isEqualTo("tank/acme/web01");
            assertThat(record.snapshot()).isNull();
            assertThat(storage.calls).isEmpty();
            assertThat(commands.commands).isEmpty();
            assertThat(recorded).isEmpty();
            assertThat(held.file()).exists();
        }
        assertThat(runner().run(host).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aDisabledHostIsSkippedAndNothingRuns() {
        RunRecord record = runner().run(TestHosts.local("acme/web01", "/srv/source", "", false));

        assertThat(record.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(record.error()).isEqualTo("host is disabled");
        assertThat(commands.commands).isEmpty();
        assertThat(storage.calls).isEmpty();
    }

    @Test
    void aDoNotRunMarkerSkipsTheRunBeforeRsync() {
        commands.probe = new ExecResult(0, false, "/var/lib/planb/do-not-run.d/db-dump\n", "");

        RunRecord record = runner().run(host());

        assertThat(record.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(record.error()).contains("do-not-run").contains("db-dump");
        assertThat(record.snapshot()).isNull();
        assertThat(commands.ranRsync()).isFalse();
        assertThat(storage.calls).doesNotContain("prepare");
    }

    @Test
    void anInterruptKillsTheTransferAndEndsFailedWithoutSnapshot() throws Exception {
        commands.rsyncBlocksUntilInterrupted = true;
        AtomicReference<RunRecord> result = new AtomicReference<>();
        AtomicReference<Boolean> flagAfterwards = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            result.set(runner().run(host()));
            flagAfterwards.set(Thread.currentThread().isInterrupted());
        });
        worker.start();
        while (!commands.ranRsync()) {
            Thread.sleep(5);
        }
        worker.interrupt();
        worker.join(10_000);

        RunRecord record = result.get();
        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.snapshot()).isNull();
        assertThat(record.error()).startsWith("interrupted");
        assertThat(storage.calls).contains("abandon").noneMatch(c -> c.startsWith("snapshot")).doesNotContain("destroy");
        assertThat(flagAfterwards.get()).as("interrupt flag restored for the caller").isTrue();
    }

    @Test
    void rsyncOutputIsStreamedToTheLogAsItArrives() {
        runner().run(host());

        assertThat(log.lines).contains("output Number of regular files transferred: 3");
        assertThat(log.lines).anyMatch(l -> l.startsWith("command rsync "));
    }

    @Test
    void timesAreUtcAndPhasesAreMeasured() {
        RunRecord record = runner().run(host());

        assertThat(record.startedAt()).isEqualTo(NOW);
        assertThat(record.finishedAt()).isEqualTo(NOW);
        assertThat(record.phases().transferMillis()).isNotNegative();
        assertThat(record.sizes()).isNotEqualTo(DatasetSizes.UNKNOWN);
    }

    @Test
    void severalHostsEndWithTheWorstOutcome() {
        assertThat(Outcome.SUCCESS.worst(Outcome.SKIPPED)).isEqualTo(Outcome.SKIPPED);
        assertThat(Outcome.SKIPPED.worst(Outcome.PARTIAL)).isEqualTo(Outcome.PARTIAL);
        assertThat(Outcome.PARTIAL.worst(Outcome.FAILED)).isEqualTo(Outcome.FAILED);
        assertThat(Outcome.FAILED.worst(Outcome.SUCCESS)).isEqualTo(Outcome.FAILED);
        assertThat(List.of(Outcome.values())).extracting(Outcome::exitCode).containsExactly(0, 3, 1, 4);
    }
}
