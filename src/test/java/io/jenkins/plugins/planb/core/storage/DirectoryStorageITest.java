package io.jenkins.plugins.planb.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.ProcessCommandRunner;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DirectoryStorage on this machine's filesystem with real rsync, for both layouts. The
 * transfer is done here the way the transport does it: {@code rsync -aH --numeric-ids
 * --delete} plus {@code -A}/{@code -X} where the storage keeps them, into
 * {@link BackupTarget#destination()}, with {@code --link-dest} when the target names one.
 */
class DirectoryStorageITest {

    private static final HostId HOST = new HostId("acme", "web01");
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    @TempDir
    Path temp;

    private Path source;
    private Path root;

    @BeforeAll
    static void programs() {
        SystemRequirement.require("rsync", "directory storage builds snapshots with rsync");
        SystemRequirement.require("setfattr", "the capability probe writes an xattr (Debian package attr)");
        SystemRequirement.require("setfacl", "the capability probe writes an ACL (Debian package acl)");
    }

    @BeforeEach
    void tree() throws IOException {
        source = Files.createDirectories(temp.resolve("remote"));
        root = Files.createDirectories(temp.resolve("storage"));
        for (String name : List.of("content", "mode", "owner", "mtime", "xattr", "unchanged")) {
            Files.writeString(source.resolve(name), "original " + name + "\n");
            xattr(source.resolve(name), "user.note", "first");
        }
        Files.createDirectories(source.resolve("dir/sub"));
        Files.writeString(source.resolve("dir/sub/deep"), "deep\n");
        Files.createSymbolicLink(source.resolve("link"), Path.of("content"));
    }

    private DirectoryStorage storage(DirectoryLayout layout) {
        return new DirectoryStorage(new StorageSpec.Directory(root), new ProcessCommandRunner(), layout);
    }

    @ParameterizedTest
    @EnumSource(DirectoryLayout.class)
    void aSnapshotNeverChangesAfterItIsTaken(DirectoryLayout layout) throws Exception {
        DirectoryStorage storage = storage(layout);
        String first = backup(storage);
        Path firstDir = snapshotDir(first);
        Map<String, String> before = state(firstDir);
        assertThat(before).isEqualTo(state(source));

        Files.writeString(source.resolve("content"), "changed content\n");
        Files.setAttribute(source.resolve("mode"), "unix:mode", 0600);
        Files.setAttribute(source.resolve("owner"), "unix:uid", 4321);
        Files.setAttribute(source.resolve("owner"), "unix:gid", 4321);
        Files.setLastModifiedTime(source.resolve("mtime"), FileTime.fromMillis(1_000_000_000_000L));
        xattr(source.resolve("xattr"), "user.note", "second");
        Files.setAttribute(source.resolve("dir/sub"), "unix:mode", 0700);
        String second = backup(storage);

        assertThat(state(firstDir)).as("the first snapshot after the second run").isEqualTo(before);
        assertThat(state(snapshotDir(second))).as("the second snapshot is the source as it is now").isEqualTo(state(source));
        assertThat(inode(firstDir.resolve("unchanged"))).isEqualTo(inode(snapshotDir(second).resolve("unchanged")));
        assertThat((int) Files.getAttribute(firstDir.resolve("unchanged"), "unix:nlink", NOFOLLOW)).isGreaterThanOrEqualTo(2);
        for (String changed : List.of("content", "mode", "owner", "mtime", "xattr")) {
            assertThat(inode(firstDir.resolve(changed))).as(changed).isNotEqualTo(inode(snapshotDir(second).resolve(changed)));
        }
        if (layout == DirectoryLayout.LIVE_COPY) {
            // Live copy edits between runs do not reach any snapshot either.
            Path live = root.resolve("acme/web01/data");
            Files.setAttribute(live.resolve("unchanged"), "unix:mode", 0666);
            xattr(live.resolve("unchanged"), "user.note", "edited");
            assertThat(state(firstDir)).isEqualTo(before);
        }
        assertThat(storage.listSnapshots(HOST)).containsExactly(first, second);
    }

    @ParameterizedTest
    @EnumSource(DirectoryLayout.class)
    void aKilledRunLeavesNoSnapshotAndTheNextRunRecoversWithoutTouchingHistory(DirectoryLayout layout) throws Exception {
        DirectoryStorage storage = storage(layout);
        String first = backup(storage);
        Map<String, String> before = state(snapshotDir(first));

        // A run that links everything to the first snapshot and then dies before its snapshot...
        BackupTarget dying = storage.prepare(HOST);
        transfer(storage, dying, List.of());
        Files.write(source.resolve("big"), new byte[4 << 20]);
        Process killed = new ProcessBuilder(transferArgv(storage, dying, List.of("--bwlimit=200"))).inheritIO().start();
        Thread.sleep(1500);
        killed.destroyForcibly();
        killed.waitFor(10, TimeUnit.SECONDS);
        assertThat(storage.listSnapshots(HOST)).containsExactly(first);

        // ...then the source changes metadata of files the dead run had linked.
        Files.setAttribute(source.resolve("unchanged"), "unix:mode", 0604);
        Files.setLastModifiedTime(source.resolve("mode"), FileTime.fromMillis(1_200_000_000_000L));
        String second = backup(storage);

        assertThat(state(snapshotDir(first))).isEqualTo(before);
        assertThat(state(snapshotDir(second))).isEqualTo(state(source));
        assertThat(storage.listSnapshots(HOST)).containsExactly(first, second);
        try (Stream<Path> hidden = Files.list(root.resolve("acme/web01/.snapshots"))) {
            assertThat(hidden.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(first, second);
        }
    }

    /**
     * A killed {@code planb} can leave its rsync running, reparented and still writing into
     * the incomplete directory. The next run must not turn that directory into its snapshot,
     * or the orphan would go on writing into a snapshot that has been taken.
     */
    @Test
    void anOrphanedRsyncOfAKilledRunCannotWriteIntoTheNextSnapshot() throws Exception {
        DirectoryStorage storage = storage(DirectoryLayout.SNAPSHOT_PER_RUN);
        String first = backup(storage);
        Path slowSource = Files.createDirectories(temp.resolve("slow"));
        for (int i = 0; i < 300; i++) {
            Files.write(slowSource.resolve(String.format("f%03d", i)), new byte[20_000]);
        }
        BackupTarget killedRun = storage.prepare(HOST);
        Path incomplete = Path.of(killedRun.destination());
        Process orphan = new ProcessBuilder("rsync", "-a", "--bwlimit=200", slowSource + "/", killedRun.destination())
                .redirectErrorStream(true).redirectOutput(temp.resolve("orphan.log").toFile()).start();
        List<ProcessHandle> orphanProcesses = new ArrayList<>();
        try {
            awaitEntries(incomplete, 2);
            orphanProcesses.addAll(orphan.descendants().toList());
            orphanProcesses.add(orphan.toHandle());
            assertThat(cwds(orphanProcesses)).as("the orphan writes from inside the incomplete directory")
                    .contains(incomplete.toRealPath().toString());

            String second = backup(storage);
            Path secondDir = snapshotDir(second);
            String secondReal = secondDir.toRealPath().toString();
            Map<String, String> taken = state(secondDir);
            assertThat(taken).isEqualTo(state(source));
            Thread.sleep(1500); // the orphan goes on writing

            assertThat(orphan.isAlive()).as("the orphan was still running, so it had the chance to write").isTrue();
            assertThat(state(secondDir)).as("the snapshot after the orphan wrote more").isEqualTo(taken);
            assertThat(cwds(orphanProcesses)).as("no orphan works inside the new snapshot")
                    .noneMatch(cwd -> cwd.startsWith(secondReal));
            assertThat(storage.listSnapshots(HOST)).containsExactly(first, second);
        } finally {
            orphanProcesses.forEach(ProcessHandle::destroyForcibly);
            orphan.destroyForcibly();
            for (ProcessHandle process : orphanProcesses) {
                process.onExit().get(10, TimeUnit.SECONDS);
            }
        }
        // Once the orphan is gone, the next run clears what it left.
        storage.prepare(HOST);
        try (Stream<Path> hidden = Files.list(root.resolve("acme/web01/.snapshots"))) {
            assertThat(hidden.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".abandoned-"));
        }
    }

    @Test
    void twoRunsInOneSecondGetDistinctNamesInOrder() throws Exception {
        DirectoryStorage storage = storage(DirectoryLayout.SNAPSHOT_PER_RUN);
        Clock frozen = Clock.fixed(java.time.Instant.parse("2025-03-01T12:00:00Z"), java.time.ZoneOffset.UTC);
        String first = backup(storage, frozen);
        String second = backup(storage, frozen);
        assertThat(first).isEqualTo("planb-20250301T120000Z");
        assertThat(second).isEqualTo("planb-20250301T120001Z");
        assertThat(storage.listSnapshots(HOST)).containsExactly(first, second);
    }

    @Test
    void listingSkipsWorkDirectoriesAndKeepsManualSnapshotsAndDestroyTakesOnlyOurs() throws Exception {
        DirectoryStorage storage = storage(DirectoryLayout.SNAPSHOT_PER_RUN);
        String first = backup(storage);
        // Our names carry whole seconds and the file system's coarse clock may lag the JVM's by a
        // few milliseconds: made at once, the manual snapshot could look older than the first.
        Thread.sleep(1100);
        Files.createDirectories(root.resolve("acme/web01/.snapshots/manual-before-upgrade"));
        // And the second run's name (whole seconds) must not fall in the manual one's second, whose
        // ctime has a fraction: in the same second the named snapshot would sort first.
        Thread.sleep(1100);
        String second = backup(storage);
        storage.prepare(HOST); // leaves .incomplete behind

        assertThat(storage.listSnapshots(HOST)).containsExactly(first, "manual-before-upgrade", second);
        assertThatThrownBy(() -> storage.destroySnapshots(HOST, List.of("manual-before-upgrade")))
                .isInstanceOf(StorageException.class);
        storage.destroySnapshots(HOST, List.of(first));
        assertThat(storage.listSnapshots(HOST)).containsExactly("manual-before-upgrade", second);
        assertThat(snapshotDir(first)).doesNotExist();
        assertThat(Files.readString(snapshotDir(second).resolve("unchanged"))).isEqualTo("original unchanged\n");
        assertThat(storage.listSnapshots(new HostId("acme", "unknown"))).isEmpty();
    }

    @Test
    void aSnapshotIsReadInPlaceAndUnknownOnesAreRefused() throws Exception {
        DirectoryStorage storage = storage(DirectoryLayout.SNAPSHOT_PER_RUN);
        String first = backup(storage);
        try (SnapshotTree tree = storage.openSnapshot(HOST, first)) {
            assertThat(tree.root()).isEqualTo(snapshotDir(first).toString());
            assertThat(tree.storageArea()).isEqualTo(root.toString());
            assertThat(tree.source()).contains("snapshot directory");
            assertThat(tree.entryType("dir/sub/deep")).isEqualTo(SnapshotTree.EntryType.FILE);
            assertThat(tree.entryType("dir/sub")).isEqualTo(SnapshotTree.EntryType.DIRECTORY);
            assertThat(tree.entryType("link")).isEqualTo(SnapshotTree.EntryType.SYMLINK);
            assertThat(tree.entryType("dir/none")).isEqualTo(SnapshotTree.EntryType.MISSING);
        }
        assertThat(snapshotDir(first).resolve("content")).exists();
        assertThatThrownBy(() -> storage.openSnapshot(HOST, "planb-20990101T000000Z"))
                .isInstanceOf(StorageException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> storage.openSnapshot(HOST, "../escape"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizesCountTheHostOnceAndTheNewestSnapshot() throws Exception {
        DirectoryStorage storage = storage(DirectoryLayout.SNAPSHOT_PER_RUN);
        assertThat(storage.sizes(HOST)).isEqualTo(DatasetSizes.UNKNOWN);
        Files.write(source.resolve("big"), new byte[1 << 20]);
        backup(storage);
        backup(storage);
        DatasetSizes sizes = storage.sizes(HOST);
        assertThat(sizes.referenced()).isGreaterThan(1 << 20);
        // Hard links are counted once: two identical snapshots take far less than twice one.
        assertThat(sizes.used()).isGreaterThanOrEqualTo(sizes.referenced()).isLessThan(2L * sizes.referenced());
        assertThat(sizes.written()).isEqualTo(-1);
    }

    @Test
    void capabilitiesOfThisFilesystemAreProbedAndTheProbeCleansUp() throws Exception {
        DirectoryStorage storage = storage(DirectoryLayout.SNAPSHOT_PER_RUN);
        BackupTarget target = storage.prepare(HOST);
        assertThat(storage.capabilities(target)).isEqualTo(new Capabilities(true, true));
        try (Stream<Path> entries = Files.list(root.resolve("acme/web01"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly(".snapshots");
        }
        assertThat(Files.getAttribute(root.resolve("acme/web01"), "unix:mode")).isEqualTo(040700);
    }

    // --- a run, the way the engine drives storage and transport -----------------------------

    private String backup(DirectoryStorage storage) throws Exception {
        return backup(storage, Clock.systemUTC());
    }

    private String backup(DirectoryStorage storage, Clock clock) throws Exception {
        BackupTarget target = storage.prepare(HOST);
        transfer(storage, target, List.of());
        String name = SnapshotName.next(clock, storage.listSnapshots(HOST));
        storage.snapshot(target, name);
        return name;
    }

    private void transfer(DirectoryStorage storage, BackupTarget target, List<String> extra) throws Exception {
        Process rsync = new ProcessBuilder(transferArgv(storage, target, extra)).inheritIO().start();
        assertThat(rsync.waitFor()).as("rsync exit code").isZero();
    }

    private List<String> transferArgv(DirectoryStorage storage, BackupTarget target, List<String> extra) throws Exception {
        Capabilities keeps = storage.capabilities(target);
        List<String> argv = new ArrayList<>(List.of("rsync", "-aH", "--numeric-ids", "--delete"));
        if (keeps.xattrs()) {
            argv.add("-X");
        }
        if (keeps.posixAcls()) {
            argv.add("-A");
        }
        if (target.linkDest() != null) {
            argv.add("--link-dest=" + target.linkDest());
        }
        argv.addAll(extra);
        argv.add(source + "/");
        argv.add(target.destination());
        return argv;
    }

    private static void awaitEntries(Path directory, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.count() >= atLeast) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("rsync wrote into " + directory + " in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Where the processes work, as the kernel shows it (a deleted directory ends in " (deleted)"). */
    private static List<String> cwds(List<ProcessHandle> processes) {
        List<String> cwds = new ArrayList<>();
        for (ProcessHandle process : processes) {
            try {
                cwds.add(Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")).toString());
            } catch (IOException gone) {
                // exited meanwhile: it writes nowhere
            }
        }
        return cwds;
    }

    private Path snapshotDir(String name) {
        return root.resolve("acme/web01/.snapshots").resolve(name);
    }

    // --- what "a snapshot never changes" compares ---------------------------------------------

    /** Every entry's content digest, type, mode, owner, mtime, symlink target and user xattrs. */
    private static Map<String, String> state(Path tree) throws Exception {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.toList()) {
                Map<String, Object> unix = Files.readAttributes(path, "unix:mode,uid,gid,lastModifiedTime", NOFOLLOW);
                StringBuilder entry = new StringBuilder()
                        .append(Integer.toOctalString((int) unix.get("mode"))).append(' ')
                        .append(unix.get("uid")).append(':').append(unix.get("gid")).append(' ')
                        .append(((FileTime) unix.get("lastModifiedTime")).toMillis() / 1000);
                if (Files.isSymbolicLink(path)) {
                    entry.append(" -> ").append(Files.readSymbolicLink(path));
                } else {
                    if (Files.isRegularFile(path, NOFOLLOW)) {
                        entry.append(' ').append(HexFormat.of().formatHex(
                                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
                    }
                    UserDefinedFileAttributeView xattrs = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
                    for (String name : new java.util.TreeSet<>(xattrs.list())) {
                        ByteBuffer value = ByteBuffer.allocate(xattrs.size(name));
                        xattrs.read(name, value);
                        entry.append(" user.").append(name).append('=').append(new String(value.array(), StandardCharsets.UTF_8));
                    }
                }
                state.put(tree.relativize(path).toString(), entry.toString());
            }
        }
        return state;
    }

    private static void xattr(Path path, String name, String value) throws IOException {
        Files.getFileAttributeView(path, UserDefinedFileAttributeView.class)
                .write(name.substring("user.".length()), StandardCharsets.UTF_8.encode(value));
    }

    private static Object inode(Path path) throws IOException {
        return Files.getAttribute(path, "unix:ino", NOFOLLOW);
    }
}
