package io.jenkins.plugins.planb.core.storage;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a {@link FeatureProbe} run kept in the ZFS user property
 * {@value #PROPERTY}, e.g. {@code xattrs=yes,acls=no,zfs=zfs-fuse}, so that later runs read it
 * with the {@code zfs get} they run anyway instead of spawning the probe's six commands again.
 * The {@code zfs} part is optional (a value an admin writes by hand may leave it out); with it
 * the pool's flavour needs no detection either.
 *
 * @param xattrs    user.* xattrs are kept
 * @param posixAcls POSIX ACLs are kept
 * @param flavour   the pool's ZFS, or {@code null} when the value does not say
 */
record StoredCapabilities(boolean xattrs, boolean posixAcls, ZfsFlavour flavour) {

    static final String PROPERTY = "planb:capabilities";

    /** The value as stored; {@link #parse} reads it back. */
    String format() {
        return "xattrs=" + yesNo(xattrs) + ",acls=" + yesNo(posixAcls) + (flavour == null ? "" : ",zfs=" + flavour.label);
    }

    Capabilities capabilities() {
        return new Capabilities(xattrs, posixAcls);
    }

    /**
     * Reads a stored value; {@code null} when it is unset ({@code -}) or anything but
     * {@code xattrs=yes|no,acls=yes|no[,zfs=openzfs|zfs-fuse]} in any order, so the caller probes
     * afresh. ACLs claimed on zfs-fuse are refused too: they are never enforced there.
     */
    static StoredCapabilities parse(String value) {
        if (value == null || value.isBlank() || value.strip().equals("-")) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : value.strip().split(",", -1)) {
            int equals = field.indexOf('=');
            if (equals <= 0 || fields.put(field.substring(0, equals), field.substring(equals + 1)) != null) {
                return null;
            }
        }
        Optional<Boolean> xattrs = bool(fields.remove("xattrs"));
        Optional<Boolean> acls = bool(fields.remove("acls"));
        ZfsFlavour flavour = null;
        String zfs = fields.remove("zfs");
        if (zfs != null) {
            flavour = ZfsFlavour.byLabel(zfs);
            if (flavour == null) {
                return null;
            }
        }
        if (xattrs.isEmpty() || acls.isEmpty() || !fields.isEmpty()
                || (acls.get() && flavour != null && !flavour.posixAcls)) {
            return null;
        }
        return new StoredCapabilities(xattrs.get(), acls.get(), flavour);
    }

    /** Empty when the value is missing or not one of the words. */
    private static Optional<Boolean> bool(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "yes", "on" -> Optional.of(Boolean.TRUE);
            case "no", "off" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
