package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;

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
}
