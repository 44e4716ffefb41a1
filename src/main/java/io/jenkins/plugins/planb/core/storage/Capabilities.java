package io.jenkins.plugins.planb.core.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * What a storage can keep. A missing feature is reported once per run, never turned into a
 * failure of every host.
 *
 * @param xattrs     user.* extended attributes survive
 * @param posixAcls  POSIX ACLs survive
 * @param owners     numeric file owners survive: only when the storage-side rsync runs as root
 */
public record Capabilities(boolean xattrs, boolean posixAcls, boolean owners) {

    public static final Capabilities ALL = new Capabilities(true, true, true);

    /** A storage whose rsync runs as root, so owners are kept. */
    public Capabilities(boolean xattrs, boolean posixAcls) {
        this(xattrs, posixAcls, true);
    }

    /** The same, with {@link #owners} set as given. */
    public Capabilities withOwners(boolean kept) {
        return new Capabilities(xattrs, posixAcls, kept);
    }

    /** What this storage cannot keep, in words for the run log and report; empty when all is kept. */
    public List<String> notPreserved() {
        List<String> missing = new ArrayList<>();
        if (!xattrs) {
            missing.add("extended attributes (user.*): the storage does not keep them, rsync runs without -X");
        }
        if (!posixAcls) {
            missing.add("POSIX ACLs: the storage does not keep them, rsync runs without -A");
        }
        if (!owners) {
            missing.add("file owners: the storage-side rsync does not run as root, so every file belongs to its user");
        }
        return missing;
    }
}
