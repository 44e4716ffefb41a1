package io.jenkins.plugins.planb.backup;

import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.run.HostLock;
import io.jenkins.plugins.planb.core.run.TransferSteps;
import io.jenkins.plugins.planb.core.storage.DirectoryStorage;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.ZfsStorage;
import java.nio.file.Path;

/** Where the glue picks the engine's parts; the only place that names their classes. */
public final class EngineWiring {

    private EngineWiring() {}

    public static Storage storage(StorageSpec spec, CommandRunner runner) {
        return switch (spec) {
            case StorageSpec.Zfs zfs -> new ZfsStorage(zfs, runner);
            case StorageSpec.Directory directory -> new DirectoryStorage(directory, runner);
        };
    }

    public static TransferSteps transfer() {
        return TransferSteps.RSYNC;
    }

    /**
     * Host locks kept by the controller, where the engine runs: one backup per host at a time,
     * whether it comes from a host item, a freestyle job or a Pipeline.
     */
    public static HostLock.Factory locks(Path jenkinsRoot) {
        return HostLock.inStateDir(jenkinsRoot.resolve("planb"));
    }
}
