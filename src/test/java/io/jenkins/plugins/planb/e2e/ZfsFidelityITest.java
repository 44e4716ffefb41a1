package io.jenkins.plugins.planb.e2e;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link FidelityScenario} into ZFS on a real zfs-fuse pool. zfs-fuse keeps no POSIX ACLs, so
 * the tree has none and the comparator leaves ACLs out; it keeps whole-second mtimes only (the
 * tree uses whole seconds, and the comparator compares seconds); its xattr values are all shorter than
 * 64 bytes, because zfs-fuse garbles longer ones. Snapshots are restored as clones, since
 * zfs-fuse has no {@code .zfs/snapshot} directory.
 */
class ZfsFidelityITest extends FidelityScenario {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    @RegisterExtension
    static final ZfsPoolExtension ZFS = new ZfsPoolExtension();

    private StoredSnapshots.Zfs snapshots;

    @Override
    SshServerExtension ssh() {
        return SSH;
    }

    @Override
    E2eConfig storage(Path work) {
        String parent = ZFS.poolName() + "/backup";
        ExternalProcess.run(List.of("zfs", "create", parent)).orThrow();
        return E2eConfig.zfsStorage(parent, work.resolve("state"));
    }

    @Override
    StoredSnapshots snapshots(Path work) {
        snapshots = new StoredSnapshots.Zfs(ZFS.poolName() + "/backup/" + E2eConfig.GROUP + "/awkward");
        return snapshots;
    }

    @Override
    boolean keepsAcls() {
        return false;
    }

    @Override
    void afterComparing() {
        snapshots.destroyClones();
    }

    @Override
    TreeComparator comparator() {
        return TreeComparator.zfsFuse();
    }
}
