package io.jenkins.plugins.planb.core.storage;

/**
 * Space used by one host, in bytes; {@code -1} where the storage cannot tell.
 *
 * @param used       everything the host's dataset and its snapshots take
 * @param referenced what the live copy (or newest snapshot) refers to
 * @param written    what changed since the previous snapshot
 */
public record DatasetSizes(long used, long referenced, long written) {

    public static final DatasetSizes UNKNOWN = new DatasetSizes(-1, -1, -1);
}
