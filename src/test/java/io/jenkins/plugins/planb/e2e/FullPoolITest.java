package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup into a full ZFS pool fails (exit 1, FAILED, no snapshot) with an error that says
 * the space ran out; once space is free again the next run completes. The pool is made full at
 * once with a reservation on a filler dataset (zfs-fuse answers ENOSPC exactly as when the space
 * is written full), leaving a few MiB for a tree several times larger.
 */
class FullPoolITest {

    @RegisterExtension
    static final ZfsPoolExtension ZFS = new ZfsPoolExtension();

    private static final long LEFT_FREE = 4L * 1024 * 1024;

    @Test
    void fullPoolFailsWithoutSnapshotAndTheNextRunAfterFreeingSpaceSucceeds(@TempDir Path work) {
        Path source = work.resolve("source");
        AwkwardTree.bulk(source, 24, 1024);
        String parent = ZFS.poolName() + "/backup";
        ExternalProcess.run(List.of("zfs", "create", parent)).orThrow();
        E2eConfig config = E2eConfig.zfsStorage(parent, work.resolve("state")).localHost("big", source);
        Path configFile = config.writeTo(work.resolve("planb.yaml"));
        String filler = ZFS.poolName() + "/filler";
        long available = Long.parseLong(
                ExternalProcess.run(List.of("zfs", "get", "-H", "-p", "-o", "value", "available", ZFS.poolName())).orThrow().stdoutText().strip());
        ExternalProcess.run(List.of("zfs", "create", "-o", "reservation=" + (available - LEFT_FREE), filler)).orThrow();
        StoredSnapshots.Zfs stored = new StoredSnapshots.Zfs(parent + "/" + E2eConfig.GROUP + "/big");

        PlanbCommand.Report full = PlanbCommand.backup(configFile, config.hostId());

        assertThat(full.exitCode()).as("backup into a full pool: %s", full).isEqualTo(1);
        assertThat(full.outcome()).isEqualTo("FAILED");
        assertThat(full.snapshot()).isNull();
        assertThat(full.error()).as("error of %s", full).containsIgnoringCase("space");
        assertThat(stored.names()).as("snapshots after the failed run").isEmpty();

        ExternalProcess.run(List.of("zfs", "set", "reservation=none", filler)).orThrow();
        PlanbCommand.Report next = PlanbCommand.backup(configFile, config.hostId());

        assertThat(next.exitCode()).as("backup with space again: %s", next).isZero();
        assertThat(stored.names()).containsExactly(next.snapshot());
        try {
            assertThat(TreeComparator.zfsFuse().differences(source, stored.restore(next.snapshot()))).isEmpty();
        } finally {
            stored.destroyClones();
        }
    }
}
