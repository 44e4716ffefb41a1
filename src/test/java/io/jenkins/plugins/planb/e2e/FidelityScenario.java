package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-tree fidelity through the real {@code planb backup} over the real sshd: the awkward tree
 * is backed up, changed in place (content through a hard link, modes, owners, mtimes, xattrs,
 * deletions, additions, a hole filled, a link broken, a FIFO turned into a directory), backed
 * up again, and so on. After every run each snapshot taken so far is restored and compared,
 * byte for byte, with the tree as it was at its time, rebuilt from scratch by the tree script:
 * so every snapshot is faithful and no later run changed an earlier snapshot.
 *
 * <p>Retention cannot be switched off and thins snapshots taken within one hour down to the
 * oldest and the newest; so the test follows {@code destroyedSnapshots} and compares every
 * snapshot still stored. The oldest one, which later snapshots share most inodes with, is
 * compared after every run.
 */
abstract class FidelityScenario {

    /** A generous policy; still, snapshots within one hour are thinned to the oldest and newest. */
    static final String KEEP_ALL = "30h,30d";

    abstract SshServerExtension ssh();

    /** The storage part of the configuration, with whatever the storage needs set up. */
    abstract E2eConfig storage(Path work);

    /** The snapshots of {@code e2e/awkward} as the storage shows them. */
    abstract StoredSnapshots snapshots(Path work);

    /** Whether the storage keeps POSIX ACLs (zfs-fuse does not). */
    abstract boolean keepsAcls();

    /** How restored trees are compared: everything the storage can keep. */
    abstract TreeComparator comparator();

    @Test
    void everySnapshotRestoresItsTreeAndLaterRunsLeaveItUnchanged(@TempDir Path work) {
        SystemRequirement.require("rsync", "the tree comparator runs rsync");
        AwkwardTree tree = new AwkwardTree(AwkwardTree.runningAsRoot(), keepsAcls());
        if (!tree.owners()) {
            System.err.println("e2e: not root, so the tree has no files owned by uid 4242 (chown needs root)");
        }
        TreeComparator comparator = comparator();
        Path source = work.resolve("source");
        tree.build(source);
        E2eConfig config = storage(work)
                .sshHost("awkward", ssh().port(), ssh().user(), ssh().clientKey(), ssh().knownHosts(), source)
                .set("retention", KEEP_ALL);
        Path configFile = config.writeTo(work.resolve("planb.yaml"));
        StoredSnapshots stored = snapshots(work);

        List<String> taken = new ArrayList<>();
        List<String> alive = new ArrayList<>();
        List<Path> expectedStates = new ArrayList<>();
        for (int step = 0; step <= AwkwardTree.LAST_BACKED_UP_STEP; step++) {
            if (step > 0) {
                tree.mutate(source, step);
            }
            Path expected = work.resolve("expected-" + step);
            tree.state(expected, step);
            assertThat(comparator.differences(expected, source)).as("the tree script rebuilds step %d exactly", step).isEmpty();
            expectedStates.add(expected);

            PlanbCommand.Report report = PlanbCommand.backup(configFile, config.hostId());
            assertThat(report.exitCode()).as("exit code of backup %d: %s", step, report).isZero();
            assertThat(report.outcome()).isEqualTo("SUCCESS");
            assertThat(report.error()).isNull();
            assertThat(report.json().get("rsyncExitCode")).isEqualTo(0L);
            assertThat(report.snapshot()).matches(StoredSnapshots.PLANB_NAME);
            taken.add(report.snapshot());
            List<String> destroyed = report.destroyedSnapshots();
            assertThat(taken).as("destroyed snapshots are earlier ones of this test").containsAll(destroyed);
            assertThat(destroyed).as("the oldest and the newest snapshot are kept").doesNotContain(taken.get(0), report.snapshot());
            alive.removeAll(destroyed);
            alive.add(report.snapshot());
            assertThat(stored.names()).as("snapshots in the storage").containsExactlyElementsOf(alive);

            for (int earlier = 0; earlier <= step; earlier++) {
                if (!alive.contains(taken.get(earlier))) {
                    continue;
                }
                Path restored = stored.restore(taken.get(earlier));
                assertThat(comparator.differences(expectedStates.get(earlier), restored))
                        .as("snapshot %s (step %d) compared after run %d", taken.get(earlier), earlier, step)
                        .isEmpty();
            }
            afterComparing();
        }
    }

    /** Cleans up restores, e.g. ZFS clones. */
    void afterComparing() {}
}
