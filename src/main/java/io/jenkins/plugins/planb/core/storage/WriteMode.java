package io.jenkins.plugins.planb.core.storage;

/** How rsync writes a changed file into a {@link BackupTarget}; the storage decides. */
public enum WriteMode {

    /**
     * rsync's default: the new version goes into a temporary file that is renamed over the old
     * one when complete ({@code --sparse} keeps holes). Every changed file costs its whole size
     * in the next snapshot. Directory storage always, whose snapshots share inodes with the next
     * run; ZFS when it cannot mark its live copy as being written.
     */
    REPLACE,

    /**
     * Changed blocks are written into the existing file ({@code --inplace --no-whole-file}), so on
     * ZFS a change costs about its own blocks in the next snapshot. Only where the live copy
     * shares nothing with the snapshots (ZFS: they are copy-on-write).
     */
    IN_PLACE,

    /**
     * {@link #IN_PLACE}, comparing every file's contents ({@code --checksum}) instead of size and
     * time: after an unfinished in-place run whose half-written files could not be found.
     */
    IN_PLACE_CHECKSUM;

    /** Whether rsync writes into the existing files. */
    public boolean inPlace() {
        return this != REPLACE;
    }
}
