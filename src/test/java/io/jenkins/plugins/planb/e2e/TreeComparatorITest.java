package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.planb.testing.SystemRequirement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fidelity tests are only as good as their comparator: here every kind of difference
 * DESIGN.md's "faithful" covers is made on purpose in an otherwise identical tree, and the
 * comparator must report it. Also checks the tree builder itself: it makes every awkward item,
 * deterministically, so a rebuilt state is a valid oracle.
 */
class TreeComparatorITest {

    private static final String ROOT_TIME = "2002-02-02 02:02:02 UTC";

    @TempDir
    static Path shared;

    private static Path expected;
    private static AwkwardTree tree;

    @BeforeAll
    static void buildExpectedTree() throws Exception {
        SystemRequirement.require("rsync", "compares trees");
        SystemRequirement.require("setfattr", "sets user xattrs in the test tree");
        SystemRequirement.require("setfacl", "sets a POSIX ACL in the test tree");
        Path probe = Files.createFile(shared.resolve("xattr-probe"));
        SystemRequirement.requireCommandWorks(List.of("setfattr", "-n", "user.probe", "-v", "1", probe.toString()),
                "the temporary directory must keep user xattrs");
        tree = new AwkwardTree(AwkwardTree.runningAsRoot(), true);
        expected = shared.resolve("expected");
        tree.build(expected);
    }

    @Test
    void twoBuildsOfTheTreeAreIdentical(@TempDir Path dir) {
        Path again = dir.resolve("again");
        tree.build(again);
        assertThat(TreeComparator.everything().differences(expected, again)).isEmpty();
    }

    @Test
    void aRebuiltStateEqualsTheTreeMutatedInPlace(@TempDir Path dir) {
        Path live = dir.resolve("live");
        tree.build(live);
        tree.mutate(live, 1);
        tree.mutate(live, 2);
        Path rebuilt = dir.resolve("rebuilt");
        tree.state(rebuilt, 2);
        assertThat(TreeComparator.everything().differences(rebuilt, live)).isEmpty();
        assertThat(TreeComparator.everything().differences(expected, live)).isNotEmpty();
    }

    @Test
    void theTreeHoldsEveryAwkwardItem() {
        String names = ExternalProcess.run(List.of("find", expected.toString(), "-printf", "%P\\0")).orThrow().stdoutBytes();
        List<String> all = List.of(names.split("\0"));
        assertThat(all).contains("L".repeat(255), "bad\u00ffbyte", "new\nline", "-leading-dash", "file with  spaces .txt",
                "dir-\u00e9t\u00e9-latin1/f\u00fc\u00df", "fifo", "link-dangling");
        assertThat(TreeComparator.hardLinkGroups(expected))
                .containsExactly(java.util.Set.of("hardlinks/one", "hardlinks/two", "nested/three"));
        long allocated = TreeComparator.allocatedBytesOfFiles(expected).get("sparse.img");
        assertThat(allocated).as("sparse.img allocated bytes").isLessThan(1024 * 1024);
        assertThat(stat("%A", "setuid-file")).isEqualTo("-rwsr-xr-x");
        assertThat(stat("%A", "setgid-dir")).isEqualTo("drwxrwsr-x");
        assertThat(stat("%A", "sticky-dir")).isEqualTo("drwxrwxrwt");
        assertThat(stat("%Y", "link-relative")).isEqualTo(Long.toString(1_081_051_444L));
    }

    @Test
    void numericOwnersWithoutPasswdEntryAreInTheTree() {
        assumeTrue(tree.owners(), "files owned by uid 4242 need root; this JVM is not root");
        assertThat(stat("%u:%g", "owned-4242")).isEqualTo("4242:4242");
        assertThat(ExternalProcess.run(List.of("getent", "passwd", "4242")).exitCode())
                .as("uid 4242 must have no passwd entry").isNotZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same size and mtime, other bytes | printf 'PLAIN' 1<> plain.txt; touch -d '2001-02-03 04:05:06 UTC' plain.txt | >fc
            setuid bit lost                  | chmod u-s setuid-file                                           | .f...p
            setgid bit on a directory lost   | chmod g-s setgid-dir                                            | .d...p
            sticky bit lost                  | chmod -t sticky-dir                                             | .d...p
            mode 0000 became 0400            | chmod 0400 mode-0000                                            | .f...p
            file mtime                       | touch -d '2020-01-01 UTC' empty-file                            | .f..t
            file mtime off by half a second  | touch -d '2001-02-03 04:05:06.5 UTC' empty-file                 | .f..t
            directory mtime                  | touch -d '2020-01-01 UTC' nested/deeper                         | .d..t
            root directory mtime             | touch -d '2020-01-01 UTC' .                                     | .d..t
            symlink mtime                    | touch -h -d '2020-01-01 UTC' link-dangling                      | .L..t
            symlink target                   | ln -sfn does/not/exist2 link-dangling; touch -h -d '2006-06-06 06:06:06 UTC' link-dangling; touch -d '2002-02-02 02:02:02 UTC' . | cL
            xattr value                      | setfattr -n user.planb -v other plain.txt                        | x
            xattr added                      | setfattr -n user.extra -v 1 empty-file                           | x
            xattr removed from a directory   | setfattr -x user.planb nested                                   | .d
            ACL changed                      | setfacl -m u:4243:r with-acl                                    | a
            file missing                     | rm -- -leading-dash; touch -d '2002-02-02 02:02:02 UTC' .        | >f+++
            extra file                       | : > extra; touch -d '2002-02-02 02:02:02 UTC' .                  | deleting
            name with byte ff renamed        | mv bad$'\\xff'byte bad$'\\xfe'byte; touch -d '2002-02-02 02:02:02 UTC' . | bad\\#377byte
            name with newline renamed        | mv new$'\\n'line new$'\\r'line; touch -d '2002-02-02 02:02:02 UTC' . | new\\#012line
            255-byte name missing            | rm L*; touch -d '2002-02-02 02:02:02 UTC' .                      | >f+++
            FIFO became a file               | rm fifo; : > fifo; touch -d '2001-02-03 04:05:06 UTC' fifo; touch -d '2002-02-02 02:02:02 UTC' . | fifo
            sparse file filled in            | cp --sparse=never sparse.img s; touch -r sparse.img s; mv s sparse.img; touch -d '2002-02-02 02:02:02 UTC' . | no longer sparse
            hard link broken off             | cp -p hardlinks/two x; mv x hardlinks/two; touch -d '2002-02-02 02:02:02 UTC' hardlinks | hard-link groups differ
            hard link group of 3 lost entirely | for f in hardlinks/one hardlinks/two nested/three; do cp -p $f x; mv x $f; done; touch -d '2002-02-02 02:02:02 UTC' hardlinks nested | hard-link groups differ
            """)
    void catchesEachKindOfDifference(String kind, String change, String reported, @TempDir Path dir) {
        assertDetected(change, reported, dir);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            numeric owner   | chown 4343 owned-4242             | .f....o
            numeric group   | chown :4343 owned-4242            | .f.....g
            symlink owner   | chown -h 0:4343 owned-link        | .L....o
            directory owner | chown 0 owned-dir                 | .d....o
            """)
    void catchesOwnerDifferences(String kind, String change, String reported, @TempDir Path dir) {
        assumeTrue(tree.owners(), "changing owners needs root; this JVM is not root");
        assertDetected(change, reported, dir);
    }

    @Test
    void catchesAnExtraHardLinkThatRsyncDoesNotReport(@TempDir Path dir) {
        Path left = dir.resolve("left");
        Path right = dir.resolve("right");
        tree.build(left);
        tree.build(right);
        shell(left, "printf same > twin-a; printf same > twin-b; touch -d '2001-01-01 UTC' twin-a twin-b; touch -d '" + ROOT_TIME + "' .");
        shell(right, "printf same > twin-a; ln twin-a twin-b; touch -d '2001-01-01 UTC' twin-a; touch -d '" + ROOT_TIME + "' .");
        assertThat(TreeComparator.everything().differences(left, right)).singleElement().asString().contains("hard-link groups differ");
    }

    private void assertDetected(String change, String reported, Path dir) {
        Path actual = dir.resolve("actual");
        tree.build(actual);
        assertThat(TreeComparator.everything().differences(expected, actual)).as("before the change").isEmpty();
        shell(actual, change);
        assertThat(TreeComparator.everything().differences(expected, actual))
                .as("after: " + change)
                .anySatisfy(line -> assertThat(line).contains(reported));
    }

    private static void shell(Path dir, String script) {
        ExternalProcess.run(List.of("bash", "-euc", "cd \"$1\"; " + script, "change", dir.toString()), Map.of(), Duration.ofMinutes(1))
                .orThrow();
    }

    private static String stat(String format, String name) {
        return ExternalProcess.run(List.of("stat", "-c", format, expected.resolve(name).toString())).orThrow().stdoutText().strip();
    }
}
