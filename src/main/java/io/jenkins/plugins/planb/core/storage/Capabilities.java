package io.jenkins.plugins.planb.core.storage;

/**
 * What a storage can keep. A missing feature is reported once per run, never turned into a
 * failure of every host.
 *
 * @param xattrs     user.* extended attributes survive
 * @param posixAcls  POSIX ACLs survive
 */
public record Capabilities(boolean xattrs, boolean posixAcls) {

    public static final Capabilities ALL = new Capabilities(true, true);
}
