package io.jenkins.plugins.planb.core.config;

import java.nio.file.Path;

/** Where backups are kept: exactly one of ZFS datasets or plain directories. */
public sealed interface StorageSpec {

    /** Datasets {@code <parent>/<group>/<host>}; {@code sudo} runs zfs through {@code sudo -n}. */
    record Zfs(String parent, boolean sudo) implements StorageSpec {}

    /** Hard-linked snapshot directories under {@code path}. */
    record Directory(Path path) implements StorageSpec {}
}
