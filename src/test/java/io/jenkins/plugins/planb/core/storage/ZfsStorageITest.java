package io.jenkins.plugins.planb.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.ProcessCommandRunner;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ZfsStorage against a real zfs-fuse pool. */
class ZfsStorageITest {

    @RegisterExtension
    static ZfsPoolExtension zfs = new ZfsPoolExtension();

    private static ZfsStorage storage;
    private static String parent;

    @BeforeAll
    static void parentDataset() throws Exception {
        SystemRequirement.require("setfattr", "the capability probe writes an xattr (Debian package attr)");
        parent = zfs.poolName() + "/BACKUP";
        ZfsPoolExtension.run(List.of("zfs", "create", parent));
        storage = new ZfsStorage(new StorageSpec.Zfs(parent, false), new ProcessCommandRunner());
    }

    @Test
    void prepareCreatesTheDatasetOnDemandMountedWithADataDirectory() throws Exception {
        HostId host = new HostId("acme", "created");
        BackupTarget target = storage.prepare(host);

        assertThat(target.dataset()).isEqualTo(parent + "/acme/created");
        assertThat(ZfsPoolExtension.run(List.of("zfs", "list", "-H", "-o", "name", target.dataset())).strip())
                .isEqualTo(target.dataset());
        Path data = zfs.mountpoint().resolve("BACKUP/acme/created/data");
        assertThat(target.destination()).isEqualTo(data + "/");
        assertThat(data).isDirectory();
        assertThat(target.linkDest()).isNull();
        // A second prepare finds it and changes nothing.
        assertThat(storage.prepare(host)).isEqualTo(target);
    }

    @Test
    void prepareRemountsAnUnmountedDataset() throws Exception {
        HostId host = new HostId("acme", "unmounted");
        BackupTarget target = storage.prepare(host);
        ZfsPoolExtension.run(List.of("zfs", "unmount", target.dataset()));
        assertThat(storage.prepare(host)).isEqualTo(target);
        assertThat(ZfsPoolExtension.run(List.of("zfs", "get", "-H", "-o", "value", "mounted", target.dataset())).strip())
                .isEqualTo("yes");
    }

    @Test
    void listingShowsOnlyThisDatasetsSnapshotsOldestFirst() throws Exception {
        HostId host = new HostId("acme", "listed");
        BackupTarget target = storage.prepare(host);
        BackupTarget sibling = storage.prepare(new HostId("acme", "sibling"));
        storage.snapshot(sibling, "planb-20250101T000000Z");
        ZfsPoolExtension.run(List.of("zfs", "create", target.dataset() + "/child"));
        ZfsPoolExtension.run(List.of("zfs", "snapshot", target.dataset() + "/child@planb-20250101T000001Z"));

        storage.snapshot(target, "planb-20250102T000000Z");
        storage.snapshot(target, "manual-keep");
        storage.snapshot(target, "planb-20250101T000000Z"); // created last, so listed last

        assertThat(storage.listSnapshots(host))
                .containsExactly("planb-20250102T000000Z", "manual-keep", "planb-20250101T000000Z");
        assertThat(storage.listSnapshots(new HostId("acme", "never-backed-up"))).isEmpty();
    }

    @Test
    void snapshotSpaceShowsWhatEachSnapshotAloneHolds() throws Exception {
        HostId host = new HostId("acme", "spaced");
        BackupTarget target = storage.prepare(host);
        ZfsPoolExtension.run(List.of("zfs", "create", target.dataset() + "/child"));
        ZfsPoolExtension.run(List.of("zfs", "snapshot", target.dataset() + "/child@planb-20250101T000001Z"));
        storage.snapshot(target, "planb-20250101T000000Z");
        Path blob = Path.of(target.destination(), "blob");
        byte[] random = new byte[512 * 1024];
        new Random(42).nextBytes(random); // incompressible, so it takes its size
        Files.write(blob, random);
        ZfsPoolExtension.run(List.of("sync"));
        storage.snapshot(target, "planb-20250102T000000Z"); // alone holds the blob once it is gone
        Files.delete(blob);
        ZfsPoolExtension.run(List.of("sync"));
        storage.snapshot(target, "manual-keep");

        List<SnapshotSpace> snapshots = storage.listSnapshotSpace(host);

        assertThat(snapshots).extracting(SnapshotSpace::name)
                .containsExactly("planb-20250101T000000Z", "planb-20250102T000000Z", "manual-keep");
        assertThat(snapshots.get(1).usedBytes()).isGreaterThanOrEqualTo(random.length);
        assertThat(snapshots.get(0).usedBytes()).isBetween(0L, (long) random.length / 4);
        assertThat(snapshots.get(2).usedBytes()).isBetween(0L, (long) random.length / 4);
        assertThat(snapshots).allSatisfy(snapshot -> assertThat(snapshot.createdAt())
                .isBetween(Instant.now().minusSeconds(600), Instant.now().plusSeconds(5)));
        assertThat(storage.listSnapshotSpace(new HostId("acme", "never-backed-up"))).isEmpty();
    }

    @Test
    void aSnapshotNameTakenTwiceFails() throws Exception {
        BackupTarget target = storage.prepare(new HostId("acme", "twice"));
        storage.snapshot(target, "planb-20250101T000000Z");
        assertThatThrownBy(() -> storage.snapshot(target, "planb-20250101T000000Z"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("planb-20250101T000000Z");
    }

    @Test
    void destroyRemovesTheNamedSnapshotsOnly() throws Exception {
        HostId host = new HostId("acme", "destroyed");
        BackupTarget target = storage.prepare(host);
        for (String name : List.of("planb-20250101T000000Z", "planb-20250102T0000Z", "planb-20250103T000000Z", "manual")) {
            storage.snapshot(target, name);
        }
        storage.destroySnapshots(host, List.of("planb-20250101T000000Z", "planb-20250102T0000Z"));
        assertThat(storage.listSnapshots(host)).containsExactly("planb-20250103T000000Z", "manual");
        assertThatThrownBy(() -> storage.destroySnapshots(host, List.of("manual"))).isInstanceOf(StorageException.class);
        assertThat(storage.listSnapshots(host)).contains("manual");
    }

    @Test
    void sizesComeFromZfsAndWrittenIsUnknownOnZfsFuse() throws Exception {
        HostId host = new HostId("acme", "sized");
        BackupTarget target = storage.prepare(host);
        Files.write(Path.of(target.destination(), "blob"), new byte[1 << 20]);
        ZfsPoolExtension.run(List.of("sync"));
        storage.snapshot(target, "planb-20250101T000000Z");

        DatasetSizes sizes = storage.sizes(host);
        assertThat(storage.flavour()).isEqualTo(ZfsFlavour.ZFS_FUSE);
        assertThat(sizes.referenced()).isGreaterThan(0);
        assertThat(sizes.used()).isGreaterThanOrEqualTo(sizes.referenced());
        assertThat(sizes.written()).isEqualTo(-1);
        assertThat(storage.sizes(new HostId("acme", "nothing-here"))).isEqualTo(DatasetSizes.UNKNOWN);
    }

    @Test
    void zfsFuseWithXattrsEnabledKeepsXattrsButNotAcls() throws Exception {
        BackupTarget target = storage.prepare(new HostId("acme", "capable"));
        Capabilities capabilities = storage.capabilities(target);
        assertThat(capabilities).isEqualTo(new Capabilities(true, false));
        assertThat(capabilities.notPreserved()).singleElement().asString().contains("ACL");
        try (var left = Files.list(Path.of(target.destination()))) {
            assertThat(left).as("the probe cleans up after itself").isEmpty();
        }
    }

    private static String storedCapabilities(String dataset) throws Exception {
        return ZfsPoolExtension.run(List.of("zfs", "get", "-H", "-o", "value", "planb:capabilities", dataset)).strip();
    }

    @Test
    void theProbeIsStoredOnTheDatasetTrustedLaterAndRepeatedAfterZfsInherit() throws Exception {
        HostId host = new HostId("stored", "web");
        BackupTarget target = storage.prepare(host);
        assertThat(storedCapabilities(target.dataset())).isEqualTo("-");
        assertThat(storage.capabilities(target)).isEqualTo(new Capabilities(true, false, true));
        assertThat(storedCapabilities(target.dataset())).isEqualTo("xattrs=yes,acls=no,zfs=zfs-fuse");

        // A value that differs from what the probe would find shows that a new process trusts it.
        ZfsPoolExtension.run(List.of("zfs", "set", "planb:capabilities=xattrs=no,acls=no", target.dataset()));
        ZfsStorage nextRun = new ZfsStorage(new StorageSpec.Zfs(parent, false), new ProcessCommandRunner());
        assertThat(nextRun.capabilities(nextRun.prepare(host))).isEqualTo(new Capabilities(false, false, true));

        ZfsPoolExtension.run(List.of("zfs", "inherit", "planb:capabilities", target.dataset()));
        ZfsStorage afterInherit = new ZfsStorage(new StorageSpec.Zfs(parent, false), new ProcessCommandRunner());
        assertThat(afterInherit.capabilities(afterInherit.prepare(host))).isEqualTo(new Capabilities(true, false, true));
        assertThat(storedCapabilities(target.dataset())).isEqualTo("xattrs=yes,acls=no,zfs=zfs-fuse");
    }

    @Test
    void aValueSetOnTheParentIsInheritedAndSkipsTheProbe() throws Exception {
        String group = parent + "/inherited";
        ZfsPoolExtension.run(List.of("zfs", "create", group));
        ZfsPoolExtension.run(List.of("zfs", "set", "planb:capabilities=xattrs=off,acls=off", group));
        ZfsStorage fresh = new ZfsStorage(new StorageSpec.Zfs(parent, false), new ProcessCommandRunner());
        BackupTarget target = fresh.prepare(new HostId("inherited", "web"));
        assertThat(fresh.capabilities(target)).isEqualTo(new Capabilities(false, false, true));
        assertThat(storedCapabilities(target.dataset())).isEqualTo("xattrs=off,acls=off");
    }

    @Test
    void aDeletedDataDirectoryIsRecreatedByRsyncWhenPrepareSkipsMkdir() throws Exception {
        HostId host = new HostId("stored", "nodata");
        BackupTarget target = storage.prepare(host);
        storage.capabilities(target);
        Files.delete(Path.of(target.destination()));
        ZfsStorage nextRun = new ZfsStorage(new StorageSpec.Zfs(parent, false), new ProcessCommandRunner());
        assertThat(nextRun.prepare(host)).isEqualTo(target);
        Path source = Files.createTempDirectory("planb-src-");
        Files.writeString(source.resolve("file"), "content");
        ZfsPoolExtension.run(List.of("rsync", "-aH", "--numeric-ids", "--delete", source + "/", target.destination()));
        assertThat(Path.of(target.destination(), "file")).hasContent("content");
        Files.delete(source.resolve("file"));
        Files.delete(source);
    }

    @Test
    void aSnapshotIsReadThroughATemporaryCloneThatKeepsXattrsAndIsDestroyedOnClose() throws Exception {
        HostId host = new HostId("read", "web");
        BackupTarget target = storage.prepare(host);
        Path data = Path.of(target.destination());
        Files.writeString(data.resolve("file"), "first");
        ZfsPoolExtension.run(List.of("setfattr", "-n", "user.kept", "-v", "yes", data.resolve("file").toString()));
        Files.createDirectories(data.resolve("dir"));
        Files.createSymbolicLink(data.resolve("escape"), Path.of("/etc"));
        storage.snapshot(target, "planb-20250101T000000Z");
        Files.writeString(data.resolve("file"), "second");

        String clone;
        try (SnapshotTree tree = storage.openSnapshot(host, "planb-20250101T000000Z")) {
            assertThat(tree.source()).contains("temporary clone " + target.dataset() + "/planb-restore-");
            clone = tree.source().replaceAll(".*clone (\\S+) .*", "$1");
            assertThat(Path.of(tree.root(), "file")).hasContent("first");
            assertThat(tree.storageArea()).isEqualTo(zfs.mountpoint().resolve("BACKUP").toString());
            assertThat(tree.capabilities().posixAcls()).as("zfs-fuse keeps no ACLs").isFalse();
            assertThat(tree.entryType("")).isEqualTo(SnapshotTree.EntryType.DIRECTORY);
            assertThat(tree.entryType("file")).isEqualTo(SnapshotTree.EntryType.FILE);
            assertThat(tree.entryType("dir")).isEqualTo(SnapshotTree.EntryType.DIRECTORY);
            assertThat(tree.entryType("escape")).isEqualTo(SnapshotTree.EntryType.SYMLINK);
            assertThat(tree.entryType("escape/hostname")).isEqualTo(SnapshotTree.EntryType.BEHIND_SYMLINK);
            assertThat(tree.entryType("dir/nothing")).isEqualTo(SnapshotTree.EntryType.MISSING);
            assertThat(tree.entryType("file/below")).isEqualTo(SnapshotTree.EntryType.MISSING);
            Path copy = Files.createTempDirectory("planb-read-");
            ZfsPoolExtension.run(List.of("rsync", "-aX", tree.root() + "/file", copy + "/"));
            assertThat(ZfsPoolExtension.run(List.of("getfattr", "--absolute-names", "--only-values", "-n", "user.kept", copy + "/file")))
                    .as("rsync reads xattrs from the clone (a readonly=on clone of zfs-fuse lists none)")
                    .isEqualTo("yes");
            ZfsPoolExtension.run(List.of("rm", "-rf", "--", copy.toString()));
        }
        assertThat(ZfsPoolExtension.run(List.of("zfs", "list", "-H", "-o", "name", "-t", "filesystem", "-r",
                target.dataset()))).doesNotContain(clone);
        assertThat(storage.listSnapshots(host)).containsExactly("planb-20250101T000000Z");
    }

    @Test
    void aCloneLeftByAKilledReaderIsDestroyedByTheNextOpen() throws Exception {
        HostId host = new HostId("read", "leftover");
        BackupTarget target = storage.prepare(host);
        storage.snapshot(target, "planb-20250101T000000Z");
        String leftover = target.dataset() + "/planb-restore-1-dead";
        ZfsPoolExtension.run(List.of("zfs", "clone", target.dataset() + "@planb-20250101T000000Z", leftover));

        try (SnapshotTree tree = storage.openSnapshot(host, "planb-20250101T000000Z")) {
            assertThat(tree.notes()).singleElement().asString().contains("destroyed " + leftover);
        }
        assertThat(ZfsPoolExtension.run(List.of("zfs", "list", "-H", "-o", "name", "-t", "filesystem", "-r",
                target.dataset())).strip()).isEqualTo(target.dataset());
    }

    @Test
    void anUnknownSnapshotIsRefusedWithoutAClone() throws Exception {
        HostId host = new HostId("read", "unknown");
        storage.prepare(host);
        assertThatThrownBy(() -> storage.openSnapshot(host, "planb-20990101T000000Z"))
                .isInstanceOf(StorageException.class).hasMessageContaining("does not exist");
    }
}
