package io.jenkins.plugins.planb.core.storage;

import static io.jenkins.plugins.planb.core.storage.ScriptedRunner.fails;
import static io.jenkins.plugins.planb.core.storage.ScriptedRunner.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.StorageSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Storage#inventory()} and {@link Storage#measured}: one listing, parsed, nothing changed. */
class StorageInventoryTest {

    private static final List<String> ZFS_LISTING = List.of("zfs", "get", "-H", "-p", "-r", "-o",
            "name,property,value", "used,creation", "tank/BACKUP");

    /** What {@code zfs get -Hpr -o name,property,value used,creation tank/BACKUP} prints for a small tree. */
    private static final String ZFS_TREE = String.join("\n",
            "tank/BACKUP\tused\t9000",
            "tank/BACKUP\tcreation\t1700000000",
            "tank/BACKUP@before-migration\tused\t0",
            "tank/BACKUP@before-migration\tcreation\t1700000001",
            "tank/BACKUP/acme\tused\t5000",
            "tank/BACKUP/acme\tcreation\t1700000002",
            "tank/BACKUP/acme/web01\tused\t3000",
            "tank/BACKUP/acme/web01\tcreation\t1700000003",
            "tank/BACKUP/acme/web01@planb-20260101T000000Z\tused\t100",
            "tank/BACKUP/acme/web01@planb-20260101T000000Z\tcreation\t1767225600",
            "tank/BACKUP/acme/web01@planb-20260102T000000Z\tused\t200",
            "tank/BACKUP/acme/web01@planb-20260102T000000Z\tcreation\t1767312000",
            "tank/BACKUP/acme/web01#mark\tcreation\t1767312001",
            "tank/BACKUP/acme/web01/inner\tused\t700",
            "tank/BACKUP/acme/web01/inner@planb-20260103T000000Z\tcreation\t1767398400",
            "tank/BACKUP/acme/old host\tused\t1999",
            "tank/BACKUP/old\tused\t4000",
            "tank/BACKUP/old/db9\tused\t3900",
            "tank/BACKUP/old/db9@keep\tcreation\t1767484800",
            "");

    @Test
    void zfsListsTheTreeInOneCommandWithSizesAndNewestSnapshots() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(ZFS_LISTING, ok(ZFS_TREE));
        Storage storage = new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", false), runner);

        List<StoredDataset> datasets = storage.inventory();

        assertThat(runner.calls).containsExactly(ZFS_LISTING);
        assertThat(datasets).extracting(StoredDataset::location).containsExactly("tank/BACKUP/acme",
                "tank/BACKUP/acme/old host", "tank/BACKUP/acme/web01", "tank/BACKUP/old", "tank/BACKUP/old/db9");
        StoredDataset acme = datasets.get(0);
        assertThat(acme.isGroup()).isTrue();
        assertThat(acme.hosts()).containsExactly("old host", "web01");
        assertThat(acme.usage().usedBytes()).isEqualTo(5000);
        assertThat(acme.usage().snapshotCount()).as("every snapshot below the group").isEqualTo(3);
        assertThat(acme.usage().newestSnapshot()).isEqualTo("web01/inner@planb-20260103T000000Z");
        StoredDataset web = datasets.get(2);
        assertThat(web.group()).isEqualTo("acme");
        assertThat(web.host()).isEqualTo("web01");
        assertThat(web.usage()).isEqualTo(new StoredDataset.Usage(3000, 2, "planb-20260102T000000Z",
                Instant.parse("2026-01-02T00:00:00Z")));
        assertThat(datasets.get(1).usage()).isEqualTo(new StoredDataset.Usage(1999, 0, null, null));
        assertThat(datasets.get(3).usage().newestSnapshot()).isEqualTo("db9@keep");
        assertThat(web.removeArgv()).containsExactly("zfs", "destroy", "-r", "tank/BACKUP/acme/web01");
        assertThat(storage.measured(datasets)).as("the listing measured them all").isEqualTo(datasets);
        assertThat(runner.calls).hasSize(1);
    }

    @Test
    void zfsWithSudoListsAndShowsTheRemovalThroughSudo() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(List.of("sudo", "-n", "zfs", "get"), ok(ZFS_TREE));
        Storage storage = new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", true), runner);

        StoredDataset old = storage.inventory().get(3);

        assertThat(old.removeArgv()).containsExactly("sudo", "-n", "zfs", "destroy", "-r", "tank/BACKUP/old");
        assertThat(runner.callsWith("destroy")).isEmpty();
    }

    @Test
    void aMissingZfsParentHoldsNothingAndOtherFailuresAreErrors() throws Exception {
        Storage missing = new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", false), new ScriptedRunner()
                .on(ZFS_LISTING, fails(1, "cannot open 'tank/BACKUP': dataset does not exist\n")));
        assertThat(missing.inventory()).isEmpty();

        Storage broken = new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", false), new ScriptedRunner()
                .on(ZFS_LISTING, fails(1, "permission denied\n")));
        assertThatThrownBy(broken::inventory).isInstanceOf(StorageException.class)
                .hasMessageContaining("tank/BACKUP").hasMessageContaining("permission denied");
    }

    private static final List<String> FIND_TREE = List.of("find", "-H", "/srv/planb", "-mindepth", "1", "-maxdepth",
            "2", "-type", "d", "-printf", "%d/%P\\0");

    @Test
    void directoriesAreListedNulSeparatedWithoutHiddenNamesOrLostAndFound() throws Exception {
        String tree = String.join("\0", "1/acme", "2/acme/web01", "2/acme/new\nline", "2/acme/.snapshots", "1/lost+found",
                "2/lost+found/x", "1/.Trash-0", "2/.Trash-0/files", "1/old", "2/old/db9", "") ;
        ScriptedRunner runner = new ScriptedRunner().on(FIND_TREE, ok(tree));
        Storage storage = new DirectoryStorage(new StorageSpec.Directory(Path.of("/srv/planb")), runner);

        List<StoredDataset> datasets = storage.inventory();

        assertThat(runner.calls).containsExactly(FIND_TREE);
        assertThat(datasets).extracting(StoredDataset::location).containsExactly("/srv/planb/acme",
                "/srv/planb/acme/new\nline", "/srv/planb/acme/web01", "/srv/planb/old", "/srv/planb/old/db9");
        assertThat(datasets.get(0).hosts()).containsExactly("new\nline", "web01");
        assertThat(datasets).allMatch(dataset -> dataset.usage() == null, "not measured yet");
        assertThat(datasets.get(3).removeArgv()).containsExactly("rm", "-rf", "--one-file-system", "--", "/srv/planb/old");
    }

    @Test
    void aMissingRootHoldsNothingAndAnUnreadableDirectoryIsAnError() throws Exception {
        Storage missing = new DirectoryStorage(new StorageSpec.Directory(Path.of("/srv/planb")), new ScriptedRunner()
                .on(FIND_TREE, fails(1, "find: '/srv/planb': No such file or directory\n")));
        assertThat(missing.inventory()).isEmpty();

        Storage unreadable = new DirectoryStorage(new StorageSpec.Directory(Path.of("/srv/planb")), new ScriptedRunner()
                .on(FIND_TREE, new io.jenkins.plugins.planb.core.exec.ExecResult(1, false, "1/acme\0",
                        "find: '/srv/planb/acme': Permission denied\n")));
        assertThatThrownBy(unreadable::inventory).isInstanceOf(StorageException.class)
                .hasMessageContaining("Permission denied");
    }

    @Test
    void directoriesAreMeasuredWithOneDuAndOneFindOverTheirSnapshots() throws Exception {
        List<String> du = List.of("du", "-s", "-0", "--block-size=1", "--", "/srv/planb/acme/ghost", "/srv/planb/old");
        List<String> find = List.of("find", "-H", "/srv/planb/acme/ghost/.snapshots", "/srv/planb/old/db9/.snapshots",
                "/srv/planb/old/db8/.snapshots", "-mindepth", "1", "-maxdepth", "1", "-type", "d", "-printf",
                "%C@ %p\\0");
        ScriptedRunner runner = new ScriptedRunner()
                .on(du, ok("4096\t/srv/planb/acme/ghost\0" + "81920\t/srv/planb/old\0"))
                .on(find, new io.jenkins.plugins.planb.core.exec.ExecResult(1, false, String.join("\0",
                        "1767225600.5 /srv/planb/acme/ghost/.snapshots/planb-20260101T000000Z",
                        "1767225700.0 /srv/planb/acme/ghost/.snapshots/.incomplete",
                        "1767312000.0 /srv/planb/old/db9/.snapshots/planb-20251201T000000Z",
                        "1767398400.25 /srv/planb/old/db9/.snapshots/before-upgrade", ""),
                        "find: '/srv/planb/old/db8/.snapshots': No such file or directory\n"));
        Storage storage = new DirectoryStorage(new StorageSpec.Directory(Path.of("/srv/planb")), runner);
        StoredDataset ghost = new StoredDataset("acme", "ghost", "/srv/planb/acme/ghost", List.of(), null, List.of());
        StoredDataset old = new StoredDataset("old", null, "/srv/planb/old", List.of("db9", "db8"), null, List.of());
        StoredDataset known = new StoredDataset("acme", "web01", "/srv/planb/acme/web01", List.of(),
                new StoredDataset.Usage(1, 1, "x", null), List.of());

        List<StoredDataset> measured = storage.measured(List.of(ghost, old, known));

        assertThat(runner.calls).containsExactly(du, find);
        assertThat(measured.get(0).usage()).isEqualTo(new StoredDataset.Usage(4096, 1, "planb-20260101T000000Z",
                Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(measured.get(1).usage()).as("a manual name is timed by its ctime")
                .isEqualTo(new StoredDataset.Usage(81920, 2, "db9@before-upgrade", Instant.parse("2026-01-03T00:00:00.250Z")));
        assertThat(measured.get(2)).as("already measured").isSameAs(known);
    }
}
