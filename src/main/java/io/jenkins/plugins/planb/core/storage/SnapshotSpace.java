package io.jenkins.plugins.planb.core.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One snapshot of a host with the space it alone holds, for the pages that show what retention
 * keeps and what a prune would free.
 *
 * @param name       the snapshot's name, as {@link Storage#listSnapshots} gives it
 * @param usedBytes  what destroying this snapshot alone would free (ZFS {@code used} of the
 *                   snapshot: the blocks no other snapshot and not the live copy refers to);
 *                   {@code -1} where the storage cannot tell (directory storage, see
 *                   {@link Storage#listSnapshotSpace})
 * @param createdAt  when it was taken, or {@code null} when unknown (a manual snapshot of a
 *                   storage that keeps no creation time)
 */
public record SnapshotSpace(String name, long usedBytes, Instant createdAt) {

    public SnapshotSpace {
        Objects.requireNonNull(name, "name");
    }
}
