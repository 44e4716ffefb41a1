package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.run.JsonTree;
import io.jenkins.plugins.planb.testing.SshServerExtension;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planb restore} and {@code planb history} through the real command, against the real
 * storage and the real sshd: the awkward tree is backed up, changed and backed up again; then
 * each snapshot is restored and compared with the tree as it was at its time (rebuilt by the
 * tree script) by {@link TreeComparator}: content, owners, modes, hard links, xattrs, sparse
 * files, ACLs where the storage keeps them.
 */
abstract class RestoreScenario {

    private static final Pattern ITEM_ABOUT_PREEXISTING = Pattern.compile(
            "rsync: \\S+\\s+(\\./|plain\\.txt|nested/|extra-file)$");

    @TempDir
    static Path shared;

    @TempDir
    Path work;

    /** The backed-up awkward tree, made once per test class (two backups take a while). */
    private static final Map<Class<?>, Fixture> FIXTURES = new HashMap<>();

    /**
     * @param snapshot0 the snapshot of the tree at step 0; {@code snapshot1} at step 1
     */
    record Fixture(E2eConfig e2e, Path config, String host, String snapshot0, String snapshot1, Path expected0,
            Path expected1, Path root) {}

    abstract SshServerExtension ssh();

    /** The storage part of a configuration, on storage of its own (a new ZFS parent, a new directory). */
    abstract E2eConfig storage(Path work);

    abstract boolean keepsAcls();

    abstract TreeComparator comparator();

    /** Renames a snapshot of {@code e2e/<host>} (the test's way to give snapshots days apart). */
    abstract void renameSnapshot(E2eConfig config, String host, String from, String to);

    /** What restores left in the storage that is not the host's (ZFS clones); must be nothing. */
    abstract List<String> leftovers(E2eConfig config, String host);

    /** Overwrites a file of the live copy where the storage keeps one (ZFS), to show history never reads it. */
    abstract void tamperWithLiveCopy(E2eConfig config, String host, String relative, String content);

    Fixture fixture() {
        return FIXTURES.computeIfAbsent(getClass(), c -> backUpTheAwkwardTreeTwice());
    }

    private Fixture backUpTheAwkwardTreeTwice() {
        SystemRequirement.require("rsync", "restores and the tree comparator run rsync");
        AwkwardTree tree = new AwkwardTree(AwkwardTree.runningAsRoot(), keepsAcls());
        Path source = shared.resolve("source");
        tree.build(source);
        Path expected0 = shared.resolve("expected-0");
        Path expected1 = shared.resolve("expected-1");
        tree.state(expected0, 0);
        tree.state(expected1, 1);
        E2eConfig e2e = storage(shared)
                .sshHost("awkward", ssh().port(), ssh().user(), ssh().clientKey(), ssh().knownHosts(), source)
                .set("retention", FidelityScenario.KEEP_ALL);
        Path config = e2e.writeTo(shared.resolve("planb.yaml"));
        String first = backUp(config, e2e.hostId());
        tree.mutate(source, 1);
        String second = backUp(config, e2e.hostId());
        return new Fixture(e2e, config, e2e.hostId(), first, second, expected0, expected1, source);
    }

    private static String backUp(Path config, String host) {
        PlanbCommand.Report report = PlanbCommand.backup(config, host);
        assertThat(report.exitCode()).as("backup: %s", report).isZero();
        return report.snapshot();
    }

    private static ExternalProcess.Result planb(Path config, String... arguments) {
        return PlanbCommand.run(config, arguments);
    }

    @Test
    void eachSnapshotRestoresToAnEmptyDirectoryAsItWasBackedUp() {
        Fixture f = fixture();
        Path first = work.resolve("first");
        Path second = work.resolve("second/deeper");

        ExternalProcess.Result restored = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(), "--to",
                first.toString());
        assertThat(restored.exitCode()).as(restored.describe()).isZero();
        assertThat(restored.stdoutText()).contains("SUCCESS: ").contains("into  " + first + "/");
        assertThat(comparator().differences(f.expected0(), first)).as("snapshot %s", f.snapshot0()).isEmpty();

        restored = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot1(), "--to", second.toString());
        assertThat(restored.exitCode()).as(restored.describe()).isZero();
        assertThat(comparator().differences(f.expected1(), second)).as("snapshot %s", f.snapshot1()).isEmpty();
        assertThat(leftovers(f.e2e(), "awkward")).isEmpty();
    }

    @Test
    void oneDirectoryOrOneFileIsRestoredAlone() throws Exception {
        Fixture f = fixture();
        Path nested = work.resolve("nested");
        ExternalProcess.Result restored = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(), "--path",
                "nested", "--to", nested.toString());
        assertThat(restored.exitCode()).as(restored.describe()).isZero();
        assertThat(comparator().differences(f.expected0().resolve("nested"), nested)).isEmpty();

        Path file = work.resolve("file");
        restored = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(), "--path",
                f.root().resolve("plain.txt").toString(), "--to", file.toString());
        assertThat(restored.exitCode()).as(restored.describe()).isZero();
        try (var entries = Files.list(file)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("plain.txt");
        }
        Path expected = f.expected0().resolve("plain.txt");
        Path actual = file.resolve("plain.txt");
        assertThat(Files.readAllBytes(actual)).isEqualTo(Files.readAllBytes(expected));
        assertThat(Files.getLastModifiedTime(actual).toMillis() / 1000)
                .isEqualTo(Files.getLastModifiedTime(expected).toMillis() / 1000);
        assertThat(Files.getPosixFilePermissions(actual)).isEqualTo(Files.getPosixFilePermissions(expected));
        assertThat(xattr(actual, "user.planb")).isEqualTo("short");
        assertThat(leftovers(f.e2e(), "awkward")).isEmpty();
    }

    @Test
    void ontoTheHostExistingThingsAreLeftAloneUnlessOverwriteIsGiven() throws Exception {
        Fixture f = fixture();
        Path target = existingTargetOnTheHost(work.resolve("on-host"));

        ExternalProcess.Result kept = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(), "--to-host",
                "--to-host-path", target.toString());
        assertThat(kept.exitCode()).as(kept.describe()).isZero();
        assertThat(kept.stderrText()).contains("are left alone (rsync --ignore-existing)");
        assertThat(kept.stdoutText()).contains("into  127.0.0.1:" + target + "/").contains("existing items left alone");
        assertThat(target.resolve("plain.txt")).hasContent("mine");
        assertThat(Files.getLastModifiedTime(target.resolve("plain.txt"))).isEqualTo(FileTime.fromMillis(915148800000L));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("nested"))))
                .as("an existing directory keeps its mode").isEqualTo("rwx------");
        assertThat(target.resolve("extra-file")).hasContent("extra");
        List<String> differences = comparator().differences(f.expected0(), target);
        assertThat(differences).as("everything new is as backed up; only what existed differs")
                .isNotEmpty().allMatch(line -> ITEM_ABOUT_PREEXISTING.matcher(line).matches());
        assertThat(differences).anyMatch(line -> line.endsWith(" plain.txt"));

        ExternalProcess.Result replaced = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(), "--to-host",
                "--to-host-path", target.toString(), "--overwrite");
        assertThat(replaced.exitCode()).as(replaced.describe()).isZero();
        assertThat(replaced.stderrText()).contains("--overwrite: existing files that differ");
        assertThat(comparator().differences(f.expected0(), target)).as("replaced; nothing deleted")
                .containsExactly("rsync: *deleting   extra-file");
        assertThat(leftovers(f.e2e(), "awkward")).isEmpty();
    }

    @Test
    void aDryRunListsWhatWouldBeWrittenAndWritesNothing() throws Exception {
        Fixture f = fixture();
        Path target = existingTargetOnTheHost(work.resolve("on-host"));
        String before = state(target);

        ExternalProcess.Result planned = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(), "--to-host",
                "--to-host-path", target.toString(), "--dry-run");
        assertThat(planned.exitCode()).as(planned.describe()).isZero();
        assertThat(planned.stdoutText())
                .contains("new       file     nested/deeper/medium.bin")
                .contains("new link  file     ")
                .contains("keep      dir      nested/  (exists; its mode and owner are left as they are)")
                .contains("keep      item     plain.txt  (exists; --overwrite replaces it)")
                .contains("dry run, nothing written; it would write: ");
        assertThat(state(target)).isEqualTo(before);

        ExternalProcess.Result overwriting = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(),
                "--to-host", "--to-host-path", target.toString(), "--overwrite", "--dry-run", "--json");
        assertThat(overwriting.exitCode()).as(overwriting.describe()).isZero();
        Map<String, Object> json = JsonTree.object(overwriting.stdoutText().strip());
        assertThat(json).containsEntry("dryRun", true).containsEntry("overwrite", true).containsEntry("outcome", "SUCCESS");
        assertThat(items(json)).contains("replace file plain.txt", "update dir nested/", "new file nested/deeper/medium.bin");
        assertThat(state(target)).isEqualTo(before);

        Path missing = work.resolve("not-made");
        ExternalProcess.Result toDirectory = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot1(), "--to",
                missing.toString(), "--dry-run");
        assertThat(toDirectory.exitCode()).as(toDirectory.describe()).isZero();
        assertThat(toDirectory.stdoutText()).contains("new       file     sparse.img");
        assertThat(missing).doesNotExist();
        assertThat(leftovers(f.e2e(), "awkward")).isEmpty();
    }

    @Test
    void anUnknownSnapshotOrPathExitsTwoNamingWhatExistsAndWritesNothing() {
        Fixture f = fixture();
        Path target = work.resolve("target");

        ExternalProcess.Result unknown = planb(f.config(), "restore", f.host(), "--snapshot", "planb-19990101T000000Z",
                "--to", target.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderrText()).contains("'planb-19990101T000000Z' is not a snapshot of e2e/awkward")
                .contains(f.snapshot0()).contains(f.snapshot1());

        ExternalProcess.Result noPath = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(), "--path",
                "nested/deeper/gone", "--to", target.toString());
        assertThat(noPath.exitCode()).isEqualTo(2);
        assertThat(noPath.stderrText()).contains("--path: 'nested/deeper/gone' is not in snapshot " + f.snapshot0()
                + " of e2e/awkward ('nested/deeper' is)");

        ExternalProcess.Result throughLink = planb(f.config(), "restore", f.host(), "--snapshot", f.snapshot0(),
                "--path", "link-absolute/x", "--to", target.toString());
        assertThat(throughLink.exitCode()).isEqualTo(2);
        assertThat(throughLink.stderrText()).contains("leads through a symlink");

        assertThat(target).doesNotExist();
        assertThat(leftovers(f.e2e(), "awkward")).isEmpty();
    }

    @Test
    void historyListsTheVersionsOfAFileAndADirectoryWithTheirChecksums() throws Exception {
        Path source = Files.createDirectories(work.resolve("source/d"));
        Files.writeString(source.resolve("a"), "a\n");
        Files.writeString(source.resolve("b"), "bb\n");
        Path file = work.resolve("source/f");
        Files.writeString(file, "one\n");
        // A directory time in the past: rsync leaves a directory's time alone when it is in the
        // same second as the copy it just made, so a fresh one could differ between snapshots.
        Files.setLastModifiedTime(source, FileTime.fromMillis(1012615322000L));
        E2eConfig config = storage(work)
                .sshHost("hist", ssh().port(), ssh().user(), ssh().clientKey(), ssh().knownHosts(), work.resolve("source"))
                .set("retention", FidelityScenario.KEEP_ALL);
        Path configFile = config.writeTo(work.resolve("planb.yaml"));

        // Four backups, the first three renamed to days in 2020 so that retention keeps them all.
        renameSnapshot(config, "hist", backUp(configFile, config.hostId()), "planb-20200101T000000Z");
        renameSnapshot(config, "hist", backUp(configFile, config.hostId()), "planb-20200102T000000Z");
        Files.delete(file);
        renameSnapshot(config, "hist", backUp(configFile, config.hostId()), "planb-20200103T000000Z");
        Files.writeString(file, "two\n");
        String newest = backUp(configFile, config.hostId());
        tamperWithLiveCopy(config, "hist", "f", "tampered\n");

        ExternalProcess.Result history = planb(configFile, "history", config.hostId(), "f", "--json");
        assertThat(history.exitCode()).as(history.describe()).isZero();
        Map<String, Object> json = JsonTree.object(history.stdoutText().strip());
        assertThat(json).containsEntry("snapshots", 4L).containsEntry("versions", 2L);
        List<Map<String, Object>> timeline = timeline(json);
        assertThat(timeline).extracting(s -> s.get("change"), s -> s.get("snapshot"), s -> s.get("snapshots"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("new", "planb-20200101T000000Z", 2L),
                        org.assertj.core.groups.Tuple.tuple("deleted", "planb-20200103T000000Z", 1L),
                        org.assertj.core.groups.Tuple.tuple("recreated", newest, 1L));
        assertThat(timeline.get(0)).containsEntry("sha256", sha256("one\n")).containsEntry("size", 4L)
                .containsEntry("type", "file").containsEntry("takenAt", "2020-01-01T00:00:00.000Z");
        assertThat(timeline.get(1)).containsEntry("sha256", null).containsEntry("type", null);
        assertThat(timeline.get(2)).as("read from the snapshot, not the live copy")
                .containsEntry("sha256", sha256("two\n"));

        ExternalProcess.Result human = planb(configFile, "history", config.hostId(), "f");
        assertThat(human.exitCode()).as(human.describe()).isZero();
        assertThat(human.stdoutText())
                .contains("e2e/hist: f, 2 versions in 4 snapshots, oldest first")
                .contains("unchanged in 2 snapshots, to planb-20200102T000000Z")
                .contains("deleted     absent in 1 snapshot")
                .contains("re-created  file  4 bytes");

        ExternalProcess.Result directory = planb(configFile, "history", config.hostId(), "/" + "d", "--json");
        assertThat(directory.exitCode()).as(directory.describe()).isEqualTo(2).as("an absolute path outside the root");
        directory = planb(configFile, "history", config.hostId(), work.resolve("source/d").toString(), "--json");
        assertThat(directory.exitCode()).as(directory.describe()).isZero();
        List<Map<String, Object>> dirTimeline = timeline(JsonTree.object(directory.stdoutText().strip()));
        assertThat(dirTimeline).singleElement().satisfies(span -> assertThat(span)
                .containsEntry("change", "new").containsEntry("snapshots", 4L).containsEntry("type", "directory")
                .containsEntry("entries", 2L).containsEntry("size", 5L));
        assertThat(leftovers(config, "hist")).isEmpty();
    }

    /** A directory on the "host" that already holds some of the snapshot's names, and one name of its own. */
    private static Path existingTargetOnTheHost(Path target) throws Exception {
        Files.createDirectories(target.resolve("nested"));
        Files.writeString(target.resolve("plain.txt"), "mine");
        Files.setLastModifiedTime(target.resolve("plain.txt"), FileTime.fromMillis(915148800000L));
        Files.writeString(target.resolve("extra-file"), "extra");
        Files.setPosixFilePermissions(target.resolve("nested"), PosixFilePermissions.fromString("rwx------"));
        return target;
    }

    /** Every entry's name, type, size, mode, owner, mtime, ctime and inode: any write changes it. */
    private static String state(Path tree) {
        return ExternalProcess.run(List.of("find", tree.toString(), "-printf", "%P %y %s %m %U %G %T@ %C@ %i %l\\n"))
                .orThrow().stdoutBytes();
    }

    @SuppressWarnings("unchecked")
    private static List<String> items(Map<String, Object> json) {
        return ((List<Map<String, Object>>) json.get("items")).stream()
                .map(i -> i.get("change") + " " + i.get("type") + " " + i.get("path"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> timeline(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("timeline");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String xattr(Path file, String name) {
        return ExternalProcess.run(List.of("getfattr", "--only-values", "-n", name, file.toString())).orThrow().stdoutText();
    }

}
