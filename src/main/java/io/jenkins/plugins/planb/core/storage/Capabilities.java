package io.jenkins.plugins.planb.core.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * What a storage can keep. A missing feature is reported once per run, never turned into a
 * failure of every host.
 *
 * @param xattrs     user.* extended attributes survive
 * @param posixAcls  POSIX ACLs survive
 */
public record Capabilities(boolean xattrs, boolean posixAcls) {

    public static final Capabilities ALL = new Capabilities(true, true);

    /** What this storage cannot keep, in words for the run log and report; empty when all is kept. */
    public List<String> notPreserved() {
        List<String> missing = new ArrayList<>();
        if (!xattrs) {
            missing.add("extended attributes (user.*): the storage does not keep them, rsync runs without -X");
        }
        if (!posixAcls) {
            missing.add("POSIX ACLs: the storage does not keep them, rsync runs without -A");
        }
        return missing;
    }
}
