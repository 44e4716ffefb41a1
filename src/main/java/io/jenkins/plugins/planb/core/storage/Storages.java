package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the {@link Storage} a configuration asks for. */
public final class Storages {

    private Storages() {}

    /** ZFS datasets or directory snapshots (in the default {@link DirectoryLayout}), run through {@code runner}. */
    public static Storage forSpec(StorageSpec spec, CommandRunner runner) {
        return switch (spec) {
            case StorageSpec.Zfs zfs -> new ZfsStorage(zfs, runner);
            case StorageSpec.Directory directory -> new DirectoryStorage(directory, runner);
        };
    }

    /** The storage of a whole configuration: as {@link #forSpec}, with the datasets its hosts adopt. */
    public static Storage forConfig(PlanbConfig config, CommandRunner runner) {
        Map<HostId, String> adopted = new LinkedHashMap<>();
        for (HostSpec host : config.hosts()) {
            if (host.dataset() != null) {
                adopted.put(host.id(), host.dataset());
            }
        }
        if (config.storage() instanceof StorageSpec.Zfs zfs && !adopted.isEmpty()) {
            return new ZfsStorage(zfs, runner, Clock.systemUTC(), adopted);
        }
        return forSpec(config.storage(), runner);
    }
}
