package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.HostId;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where one host's backups live: a ZFS dataset or a directory tree. Every operation runs
 * through the engine's {@code CommandRunner}, so the same code works from the CLI and on a
 * Jenkins agent.
 */
public interface Storage {

    /** {@code tank/BACKUP/acme/web01} or the host's directory: what reports call the dataset. */
    String datasetName(HostId host);

    /**
     * Makes sure the host's dataset exists and says where rsync writes this run.
     *
     * @throws StorageException when the dataset cannot be created or mounted
     */
    BackupTarget prepare(HostId host) throws StorageException, IOException, InterruptedException;

    /**
     * Called after a good transfer into {@code target}, before its snapshot. An in-place
     * transfer ({@link WriteMode#inPlace()}) writes through every name of a hard-linked file,
     * also names that on the host no longer share that file (rsync's "tug of war", see
     * {@link ZfsStorage}). When that may have happened, the storage makes those names fail
     * rsync's quick check and returns the target for a second transfer that replaces them
     * ({@link WriteMode#REPLACE}); otherwise, and by default, empty.
     */
    default Optional<BackupTarget> afterTransfer(BackupTarget target) throws IOException, InterruptedException {
        return Optional.empty();
    }

    /** Freezes what rsync wrote into {@code target} as snapshot {@code name}. */
    void snapshot(BackupTarget target, String name) throws StorageException, IOException, InterruptedException;

    /**
     * Ends a run that took no snapshot. ZFS keeps the live copy for the next run to continue
     * from; directory storage leaves the work directory, which its next prepare moves aside.
     */
    void abandon(BackupTarget target) throws IOException, InterruptedException;

    /** Snapshot names of one host only (never a pool-wide listing), oldest first. */
    List<String> listSnapshots(HostId host) throws StorageException, IOException, InterruptedException;

    /**
     * The host's snapshots, oldest first, each with the space it alone holds and when it was
     * taken: what the Jenkins snapshot page shows. Only this host's snapshots, in one listing.
     *
     * <p>By default (directory storage) the space is unknown ({@code -1}): in a tree of hard
     * links, what one snapshot alone holds is the size of its files with no other name, which
     * only a walk through every file of every snapshot can find, far too slow for a page. The
     * time is the one in a PlanB name ({@code null} for a manual snapshot).
     */
    default List<SnapshotSpace> listSnapshotSpace(HostId host)
            throws StorageException, IOException, InterruptedException {
        return listSnapshots(host).stream()
                .map(name -> new SnapshotSpace(name, -1, SnapshotName.parse(name).orElse(null)))
                .toList();
    }

    /** Destroys the named snapshots, in as few commands as the storage allows. */
    void destroySnapshots(HostId host, List<String> names)
            throws StorageException, IOException, InterruptedException;

    /** Space accounting for the run record; unknown values are {@code -1}. */
    DatasetSizes sizes(HostId host) throws IOException, InterruptedException;

    /**
     * Every group- and host-level dataset (ZFS) or directory (directory storage) under the
     * storage's root, configured or not, in one listing: what {@code planb stale} compares with
     * the configuration. Datasets below a host's dataset belong to it and are not listed. A
     * storage whose listing gives sizes and snapshots anyway (ZFS) returns them measured; others
     * leave that to {@link #measured}. Changes nothing.
     *
     * @return empty when the root does not exist
     */
    List<StoredDataset> inventory() throws StorageException, IOException, InterruptedException;

    /**
     * The datasets of an {@link #inventory()} with their size and newest snapshot, measuring
     * only those that lack them, in as few commands as the storage allows. Changes nothing.
     */
    List<StoredDataset> measured(List<StoredDataset> datasets) throws IOException, InterruptedException;

    /** What this storage can keep faithfully (xattrs, ACLs), so the transport asks for no more. */
    Capabilities capabilities(BackupTarget target) throws IOException, InterruptedException;

    /**
     * Opens snapshot {@code name} of {@code host} for reading (restores, file history): a
     * directory on this machine with the host's files as backed up. Close it when done; that
     * destroys whatever opening it needed (ZFS without a {@code .zfs} directory: a temporary
     * clone). Callers hold the host's lock, so no backup's retention destroys the
     * snapshot while it is read.
     *
     * @throws StorageException when the snapshot does not exist or cannot be opened
     */
    default SnapshotTree openSnapshot(HostId host, String name)
            throws StorageException, IOException, InterruptedException {
        throw new StorageException("this storage cannot open snapshots for reading");
    }
}
