package io.jenkins.plugins.planb.core.storage;

/**
 * Space used by one host, in bytes; {@code -1} where the storage cannot tell.
 *
 * @param used       everything the host's dataset and its snapshots take
 * @param referenced what the live copy (or newest snapshot) refers to
 * @param written    what changed since the previous snapshot
 * @param usedBySnapshots what the snapshots hold that the live copy no longer refers to: the
 *                   space destroying them all would free (ZFS {@code usedbysnapshots}; in directory
 *                   storage, what the host directory holds beyond the newest snapshot)
 */
public record DatasetSizes(long used, long referenced, long written, long usedBySnapshots) {

    public static final DatasetSizes UNKNOWN = new DatasetSizes(-1, -1, -1, -1);

    /** Sizes from a storage, or a record, that cannot tell what the snapshots hold. */
    public DatasetSizes(long used, long referenced, long written) {
        this(used, referenced, written, -1);
    }
}
