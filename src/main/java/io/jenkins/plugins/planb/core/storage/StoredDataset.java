package io.jenkins.plugins.planb.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One group- or host-level dataset (ZFS) or directory (directory storage) found under the
 * storage's root by {@link Storage#inventory()}, whether or not the configuration knows it.
 *
 * @param group      the name of the group level: the first component below the root
 * @param host       the name of the host level, or {@code null} for a group-level dataset
 * @param location   the dataset name or the directory's path
 * @param hosts      for a group-level dataset, the names of the host datasets in it; empty for a host
 * @param usage      its size and snapshots, or {@code null} until {@link Storage#measured} measured it
 * @param removeArgv the command that would remove it with everything below it; shown to the admin, never run
 */
public record StoredDataset(String group, String host, String location, List<String> hosts, Usage usage,
        List<String> removeArgv) {

    public StoredDataset {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(location, "location");
        hosts = List.copyOf(hosts);
        removeArgv = List.copyOf(removeArgv);
    }

    public boolean isGroup() {
        return host == null;
    }

    /** The same dataset with its usage. */
    public StoredDataset withUsage(Usage measured) {
        return new StoredDataset(group, host, location, hosts, measured, removeArgv);
    }

    /**
     * What a dataset holds.
     *
     * @param usedBytes        everything it and its snapshots take (ZFS {@code used}, {@code du -s}); {@code -1} if unknown
     * @param snapshotCount    its snapshots (for a group-level dataset, those of every dataset below it); {@code -1} if unknown
     * @param newestSnapshot   the newest snapshot's name, or {@code null} when there is none; below a
     *                         group-level dataset it is {@code host@name}
     * @param newestSnapshotAt when the newest snapshot was taken, or {@code null}
     */
    public record Usage(long usedBytes, int snapshotCount, String newestSnapshot, Instant newestSnapshotAt) {

        public static final Usage UNKNOWN = new Usage(-1, -1, null, null);
    }
}
