package io.jenkins.plugins.planb.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run split into its two phases, as Jenkins calls them: the transfer in the build body,
 * snapshot-and-rotate as the first post-build step.
 */
class BackupRunnerPhasesTest {

    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    private static final String OLD = "planb-20260108T120000Z";
    private static final String MANUAL = "before-upgrade";
    private static final String NEW = "planb-20260110T120000Z";

    @TempDir
    Path stateDir;

    /** One engine with its fakes; two of them let a chained run be compared with {@code run()}. */
    private final class Setup {
        final FakeStorage storage = new FakeStorage(OLD, MANUAL);
        final FakeCommandRunner commands = new FakeCommandRunner();
        final RecordingRunLog log = new RecordingRunLog();
        final List<RunRecord> recorded = new ArrayList<>();
        final BackupRunner runner;

        Setup(String locksDir) {
            runner = new BackupRunner(storage, commands, TransferSteps.RSYNC,
                    // @TempDir is injected after the fields are initialised: resolve it per call
                    id -> HostLock.inStateDir(stateDir.resolve(locksDir)).tryLock(id), recorded::add, log,
                    Clock.fixed(NOW, ZoneOffset.UTC));
        }
    }

    private final Setup setup = new Setup("a");

    private static HostSpec host() {
        return TestHosts.local("acme/web01", "/srv/source", "", true);
    }

    private boolean lockIsFree() throws IOException {
        Optional<HostLock> lock = HostLock.inStateDir(stateDir.resolve("a")).tryLock(host().id());
        lock.ifPresent(held -> {
            try {
                held.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return lock.isPresent();
    }

    @Test
    void theTransferAloneTakesNoSnapshotRecordsNothingAndKeepsTheLock() throws IOException {
        try (BackupRunner.Transfer transfer = setup.runner.transfer(host())) {
            assertThat(transfer.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(transfer.awaitsSnapshot()).isTrue();
            assertThat(transfer.isEnded()).isFalse();
            assertThat(transfer.record()).isEmpty();
            assertThat(setup.commands.ranRsync()).isTrue();
            assertThat(setup.storage.calls).containsExactly("prepare", "capabilities", "afterTransfer REPLACE");
            assertThat(setup.recorded).isEmpty();
            assertThat(lockIsFree()).as("the lock is held between the phases").isFalse();
            assertThat(setup.runner.transfer(host()).outcome())
                    .as("a second run meanwhile is skipped").isEqualTo(Outcome.SKIPPED);
        }
    }

    @Test
    void aTransferClosedWithoutItsSecondPhaseLeavesNoSnapshotAndReleasesTheLock() throws IOException {
        BackupRunner.Transfer transfer = setup.runner.transfer(host());

        transfer.close();

        assertThat(setup.storage.calls).contains("abandon").noneMatch(c -> c.startsWith("snapshot"))
                .doesNotContain("destroy");
        assertThat(setup.storage.snapshots).containsExactly(OLD, MANUAL);
        assertThat(lockIsFree()).isTrue();
        RunRecord record = transfer.record().orElseThrow();
        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.snapshot()).isNull();
        assertThat(record.rsyncExitCode()).isZero();
        assertThat(record.error()).contains("before its snapshot");
        assertThat(setup.recorded).containsExactly(record);
        assertThat(transfer.isEnded()).isTrue();
        transfer.close(); // a second close does nothing
        assertThat(setup.recorded).hasSize(1);
    }

    @Test
    void chainedPhasesGiveTheSameRecordCallsAndLogAsRun() {
        Setup other = new Setup("b");

        RunRecord whole = other.runner.run(host());
        RunRecord chained;
        try (BackupRunner.Transfer transfer = setup.runner.transfer(host())) {
            chained = setup.runner.snapshotAndRotate(transfer);
        }

        assertThat(chained.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(chained.snapshot()).isEqualTo(NEW);
        assertThat(chained).usingRecursiveComparison().ignoringFields("phases").isEqualTo(whole);
        assertThat(setup.storage.calls).isEqualTo(other.storage.calls);
        assertThat(setup.storage.snapshots).isEqualTo(other.storage.snapshots).contains(NEW);
        assertThat(setup.log.lines).isEqualTo(other.log.lines);
        assertThat(setup.recorded).containsExactly(chained);
    }

    @Test
    void theSecondPhaseReleasesTheLockAndEndsTheRunOnce() throws IOException {
        BackupRunner.Transfer transfer = setup.runner.transfer(host());
        RunRecord record = setup.runner.snapshotAndRotate(transfer);

        assertThat(lockIsFree()).isTrue();
        assertThat(transfer.record()).contains(record);
        assertThatThrownBy(() -> setup.runner.snapshotAndRotate(transfer)).isInstanceOf(IllegalStateException.class);
        transfer.close();
        assertThat(setup.recorded).containsExactly(record);
        assertThat(setup.storage.calls).doesNotContain("abandon");
    }

    @Test
    void aFailedTransferGetsNoSnapshotInTheSecondPhase() throws IOException {
        setup.commands.rsync = new ExecResult(12, false, "",
                "rsync: connection unexpectedly closed\nrsync error: error in rsync protocol data stream (code 12)\n");

        BackupRunner.Transfer transfer = setup.runner.transfer(host());
        assertThat(transfer.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(transfer.awaitsSnapshot()).isFalse();
        RunRecord record = setup.runner.snapshotAndRotate(transfer);

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.snapshot()).isNull();
        assertThat(setup.storage.calls).containsOnlyOnce("abandon").noneMatch(c -> c.startsWith("snapshot"))
                .doesNotContain("destroy", "list");
        assertThat(setup.recorded).containsExactly(record);
        assertThat(lockIsFree()).isTrue();
    }

    @Test
    void abandoningAGoodTransferEndsItFailedWithTheReason() throws IOException {
        BackupRunner.Transfer transfer = setup.runner.transfer(host());

        RunRecord record = setup.runner.abandon(transfer, "build aborted before the snapshot");

        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.error()).isEqualTo("build aborted before the snapshot");
        assertThat(record.filesTransferred()).isEqualTo(3);
        assertThat(setup.storage.snapshots).containsExactly(OLD, MANUAL);
        assertThat(setup.storage.calls).contains("abandon");
        assertThat(lockIsFree()).isTrue();
    }

    @Test
    void aSkippedRunForAHeldLockRecordsNothingAndLeavesTheOtherLock() throws IOException {
        try (BackupRunner.Transfer first = setup.runner.transfer(host());
                BackupRunner.Transfer second = setup.runner.transfer(host())) {
            RunRecord skipped = setup.runner.snapshotAndRotate(second);

            assertThat(skipped.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(setup.recorded).isEmpty();
            assertThat(lockIsFree()).isFalse();
            assertThat(setup.runner.snapshotAndRotate(first).outcome()).isEqualTo(Outcome.SUCCESS);
        }
        assertThat(lockIsFree()).isTrue();
    }

    @Test
    void aTransferBelongsToTheRunnerThatStartedIt() {
        Setup other = new Setup("b");
        try (BackupRunner.Transfer transfer = setup.runner.transfer(host())) {
            assertThatThrownBy(() -> other.runner.snapshotAndRotate(transfer))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
