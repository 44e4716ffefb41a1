package io.jenkins.plugins.planb.e2e;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link RestoreScenario} from ZFS on a real zfs-fuse pool, which has no {@code .zfs} directory:
 * every restore and every snapshot history reads goes through a temporary clone, and none may
 * be left. No ACLs (zfs-fuse keeps none), whole-second mtimes.
 */
class ZfsRestoreITest extends RestoreScenario {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    @RegisterExtension
    static final ZfsPoolExtension ZFS = new ZfsPoolExtension();

    private static final AtomicInteger PARENTS = new AtomicInteger();

    @Override
    SshServerExtension ssh() {
        return SSH;
    }

    /** A parent dataset of its own for each configuration. */
    @Override
    E2eConfig storage(Path work) {
        String parent = ZFS.poolName() + "/restore" + PARENTS.getAndIncrement();
        ExternalProcess.run(List.of("zfs", "create", parent)).orThrow();
        return E2eConfig.zfsStorage(parent, work.resolve("state"));
    }

    @Override
    boolean keepsAcls() {
        return false;
    }

    @Override
    TreeComparator comparator() {
        return TreeComparator.zfsFuse();
    }

    private static String dataset(E2eConfig config, String host) {
        return config.zfsParent() + "/" + E2eConfig.GROUP + "/" + host;
    }

    @Override
    void renameSnapshot(E2eConfig config, String host, String from, String to) {
        String dataset = dataset(config, host);
        ExternalProcess.run(List.of("zfs", "rename", dataset + "@" + from, dataset + "@" + to)).orThrow();
    }

    /** Every file system below the host's dataset: restore clones that were not destroyed. */
    @Override
    List<String> leftovers(E2eConfig config, String host) {
        String dataset = dataset(config, host);
        return ExternalProcess.run(List.of("zfs", "list", "-H", "-o", "name", "-t", "filesystem", "-r", dataset))
                .orThrow().stdoutText().lines().filter(name -> !name.equals(dataset)).toList();
    }

    @Override
    void tamperWithLiveCopy(E2eConfig config, String host, String relative, String content) {
        String mountpoint = ExternalProcess.run(List.of("zfs", "get", "-H", "-o", "value", "mountpoint",
                dataset(config, host))).orThrow().stdoutText().strip();
        try {
            Files.writeString(Path.of(mountpoint, "data", relative), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
