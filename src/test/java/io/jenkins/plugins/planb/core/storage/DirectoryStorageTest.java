package io.jenkins.plugins.planb.core.storage;

import static io.jenkins.plugins.planb.core.storage.ScriptedRunner.fails;
import static io.jenkins.plugins.planb.core.storage.ScriptedRunner.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DirectoryStorageTest {

    private static final HostId WEB01 = new HostId("acme", "web01");
    private static final String HOST_DIR = "/srv/planb/acme/web01";
    private static final String SNAPS = HOST_DIR + "/.snapshots";

    private static DirectoryStorage storage(ScriptedRunner runner, DirectoryLayout layout) {
        return new DirectoryStorage(new StorageSpec.Directory(Path.of("/srv/planb/")), runner, layout);
    }

    @Test
    void theDefaultLayoutIsOneNewDirectoryPerRun() {
        Storage storage = Storages.forSpec(new StorageSpec.Directory(Path.of("/srv/planb")), new ScriptedRunner());
        assertThat(storage).isInstanceOfSatisfying(DirectoryStorage.class,
                directory -> assertThat(directory.layout()).isEqualTo(DirectoryLayout.SNAPSHOT_PER_RUN));
        assertThat(storage.datasetName(WEB01)).isEqualTo(HOST_DIR);
    }

    @Test
    void aRelativeRootIsRefused() {
        assertThatThrownBy(() -> new DirectoryStorage(new StorageSpec.Directory(Path.of("planb")), new ScriptedRunner()))
                .hasMessageContaining("storage.directory.path");
    }

    @Test
    void prepareLinksAgainstTheNewestSnapshotAndNeverResumesALeftoverRun() throws Exception {
        ScriptedRunner runner = new ScriptedRunner()
                .on(List.of("find", SNAPS, "-mindepth"), ok("1700000000.5 planb-20250102T000000Z\n"
                        + "1600000000.0 planb-20250101T000000Z\n1800000000.0 .incomplete\n"));
        BackupTarget target = storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).prepare(WEB01);

        assertThat(target).isEqualTo(new BackupTarget(WEB01, HOST_DIR, SNAPS + "/.incomplete/",
                SNAPS + "/planb-20250102T000000Z"));
        assertThat(runner.calls).contains(List.of("chmod", "0700", "--", HOST_DIR));
        assertThat(runner.callsWith("-links")).as("no resumed run to unshare").isEmpty();

        List<String> moveAside = onlyCall(runner, "mv");
        assertThat(moveAside.subList(0, 4)).containsExactly("mv", "-T", "--", SNAPS + "/.incomplete");
        assertThat(moveAside.get(4)).matches(Pattern.quote(SNAPS + "/.abandoned-") + "[0-9]+-[0-9a-f]{8}");
        List<String> cleanUp = onlyCall(runner, "-exec");
        assertThat(cleanUp).containsExactly("find", SNAPS, "-mindepth", "1", "-maxdepth", "1", "-name", ".abandoned-*",
                "-exec", "rm", "-rf", "--one-file-system", "--", "{}", "+");
        List<String> create = List.of("mkdir", "--", SNAPS + "/.incomplete");
        assertThat(runner.calls).contains(create);
        // Aside first, then the fresh directory: the new run must never write into the old one.
        assertThat(runner.calls.indexOf(moveAside)).isLessThan(runner.calls.indexOf(cleanUp));
        assertThat(runner.calls.indexOf(cleanUp)).isLessThan(runner.calls.indexOf(create));
    }

    @Test
    void twoLeftoverRunsAreMovedToDistinctPlaces() throws Exception {
        ScriptedRunner runner = new ScriptedRunner();
        DirectoryStorage storage = storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN);
        storage.prepare(WEB01);
        storage.prepare(WEB01);
        List<List<String>> moves = runner.callsWith("mv");
        assertThat(moves).hasSize(2);
        assertThat(moves.get(0).get(4)).isNotEqualTo(moves.get(1).get(4));
    }

    @Test
    void aFreshRunMovesNothingAsideButStillClearsOldAbandonedRuns() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(List.of("test", "-e"), fails(1, ""));
        storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).prepare(WEB01);
        assertThat(runner.callsWith("mv")).isEmpty();
        assertThat(runner.callsWith("-exec")).hasSize(1);
        assertThat(runner.calls).contains(List.of("mkdir", "--", SNAPS + "/.incomplete"));
    }

    @Test
    void anAbandonedRunThatCannotBeRemovedYetDoesNotStopTheRun() throws Exception {
        ScriptedRunner runner = new ScriptedRunner()
                .on(argv -> argv.contains("-exec"), fails(1, "rm: cannot remove '.abandoned-1-00000000/x': Directory not empty"));
        BackupTarget target = storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).prepare(WEB01);
        assertThat(target.destination()).isEqualTo(SNAPS + "/.incomplete/");
        assertThat(runner.calls).contains(List.of("mkdir", "--", SNAPS + "/.incomplete"));
    }

    @Test
    void aLeftoverRunThatCannotBeMovedAsideFailsThePrepare() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(List.of("mv"), fails(1, "mv: cannot move: Permission denied"));
        assertThatThrownBy(() -> storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).prepare(WEB01))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(SNAPS + "/.incomplete")
                .hasMessageContaining("Permission denied");
        assertThat(runner.callsWith("mkdir")).noneMatch(argv -> argv.contains(SNAPS + "/.incomplete"));
    }

    @Test
    void abandonKeepsTheIncompleteDirectoryForInspection() throws Exception {
        ScriptedRunner runner = new ScriptedRunner();
        storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN)
                .abandon(new BackupTarget(WEB01, HOST_DIR, SNAPS + "/.incomplete/", null));
        assertThat(runner.calls).isEmpty();
    }

    private static List<String> onlyCall(ScriptedRunner runner, String word) {
        List<List<String>> calls = runner.callsWith(word);
        assertThat(calls).as("calls with " + word).hasSize(1);
        return calls.get(0);
    }

    @Test
    void theLiveCopyIsNeverLinkedToASnapshot() throws Exception {
        ScriptedRunner runner = new ScriptedRunner()
                .on(List.of("find", SNAPS, "-mindepth"), ok("1700000000.5 planb-20250102T000000Z\n"));
        BackupTarget target = storage(runner, DirectoryLayout.LIVE_COPY).prepare(WEB01);
        assertThat(target).isEqualTo(new BackupTarget(WEB01, HOST_DIR, HOST_DIR + "/data/", null));
    }

    @Test
    void snapshotIsOneRenameAndRefusesAnExistingName() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(List.of("test", "-e"), fails(1, ""));
        BackupTarget target = new BackupTarget(WEB01, HOST_DIR, SNAPS + "/.incomplete/", null);
        storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).snapshot(target, "planb-20250101T000000Z");
        assertThat(runner.callsWith("mv")).containsExactly(
                List.of("mv", "-T", "--", SNAPS + "/.incomplete", SNAPS + "/planb-20250101T000000Z"));

        ScriptedRunner exists = new ScriptedRunner();
        assertThatThrownBy(() -> storage(exists, DirectoryLayout.SNAPSHOT_PER_RUN).snapshot(target, "planb-20250101T000000Z"))
                .hasMessageContaining("already exists");
        assertThat(exists.callsWith("mv")).isEmpty();
    }

    @Test
    void ownSnapshotsSortByTheirNameTimeManualOnesByCtime() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(List.of("find"), ok(
                "1900000000.0 planb-20250101T000000Z\n" // ctime after a copy to a new disk
                        + "1735776000.5 manual\n"          // 2025-01-02T00:00:00.5Z
                        + "1600000000.0 planb-20250103T000000Z\n"
                        + "1600000000.0 .building\n"
                        + "1600000000.0 .abandoned-1700000000000-0a1b2c3d\n"
                        + "1600000000.0 .incomplete\n"));
        assertThat(storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).listSnapshots(WEB01))
                .containsExactly("planb-20250101T000000Z", "manual", "planb-20250103T000000Z");
    }

    @Test
    void snapshotSpaceIsUnknownInDirectoriesAndTheTimeIsTheNames() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(List.of("find"), ok(
                "1735776000.5 manual\n1600000000.0 planb-20250103T000000Z\n1900000000.0 planb-20250101T000000Z\n"));
        assertThat(storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).listSnapshotSpace(WEB01)).containsExactly(
                new SnapshotSpace("planb-20250101T000000Z", -1, Instant.parse("2025-01-01T00:00:00Z")),
                new SnapshotSpace("manual", -1, null),
                new SnapshotSpace("planb-20250103T000000Z", -1, Instant.parse("2025-01-03T00:00:00Z")));
        assertThat(runner.calls).hasSize(1);
    }

    @Test
    void destroyIsOneRmPerTwoHundredSnapshotsAndOnlyOurs() throws Exception {
        List<String> names = new ArrayList<>();
        for (int day = 0; day < 250; day++) {
            names.add(String.format("planb-2025%02d%02dT000000Z", 1 + day / 28, 1 + day % 28));
        }
        ScriptedRunner runner = new ScriptedRunner();
        storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).destroySnapshots(WEB01, names);
        List<List<String>> removals = runner.callsWith("rm");
        assertThat(removals).hasSize(2);
        assertThat(removals.get(0).subList(0, 4)).containsExactly("rm", "-rf", "--one-file-system", "--");
        assertThat(removals.get(0)).hasSize(4 + 200).contains(SNAPS + "/planb-20250101T000000Z");
        assertThat(removals.get(1)).hasSize(4 + 50);

        assertThatThrownBy(() -> storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).destroySnapshots(WEB01, List.of("../../etc")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).destroySnapshots(WEB01, List.of("manual")))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void sizesCountEachInodeOnceInOneDuRun() throws Exception {
        ScriptedRunner runner = new ScriptedRunner()
                .on(List.of("find"), ok("1 planb-20250101T000000Z\n"))
                .on(List.of("du"), ok("1000\t" + SNAPS + "/planb-20250101T000000Z\n300\t" + HOST_DIR + "\n"));
        assertThat(storage(runner, DirectoryLayout.SNAPSHOT_PER_RUN).sizes(WEB01)).isEqualTo(new DatasetSizes(1300, 1000, -1, 300));
        assertThat(runner.callsWith("du")).containsExactly(
                List.of("du", "-s", "--block-size=1", "--", SNAPS + "/planb-20250101T000000Z", HOST_DIR));
    }
}
