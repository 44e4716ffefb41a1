package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.HostId;
import java.util.List;
import java.util.Objects;

/**
 * Where one run writes, and how.
 *
 * @param host        the host
 * @param dataset     the dataset (ZFS) or host directory (directory storage)
 * @param destination the directory rsync writes into, ending in {@code /}
 * @param linkDest    a directory for rsync {@code --link-dest}, or {@code null}
 * @param writes      how rsync writes changed files
 * @param notes       what the storage wants the run's log and record to say about this run
 *                    (warnings), e.g. that changed files are replaced whole this time, and why
 */
public record BackupTarget(
        HostId host, String dataset, String destination, String linkDest, WriteMode writes, List<String> notes) {

    public BackupTarget {
        Objects.requireNonNull(writes, "writes");
        notes = List.copyOf(notes);
    }

    /** A target rsync writes the {@link WriteMode#REPLACE default way}, with nothing to note. */
    public BackupTarget(HostId host, String dataset, String destination, String linkDest) {
        this(host, dataset, destination, linkDest, WriteMode.REPLACE, List.of());
    }

    /** The same target written another way, with the same notes. */
    public BackupTarget withWrites(WriteMode other) {
        return new BackupTarget(host, dataset, destination, linkDest, other, notes);
    }
}
