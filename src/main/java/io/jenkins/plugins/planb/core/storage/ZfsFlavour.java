package io.jenkins.plugins.planb.core.storage;

/**
 * Which ZFS the {@code zfs} command belongs to, as far as storage cares. Detected once per
 * storage from whether the pool knows the {@code acltype} property: OpenZFS (ZoL 0.6.3 and
 * later) does, zfs-fuse 0.7 (pool version 23) does not.
 */
enum ZfsFlavour {

    /** OpenZFS: {@code acltype}, {@code xattr=sa}, {@code written}, {@code zfs destroy ds@a,b,c}. */
    OPENZFS("openzfs", true, true, true),

    /**
     * zfs-fuse 0.7: none of the above. {@code zfs destroy} takes exactly one snapshot and
     * rejects a comma list as "invalid dataset name", there is no {@code .zfs/snapshot}
     * directory, and ACLs written by {@code setfacl} are stored as a plain xattr that the
     * kernel never enforces, so they are not counted as kept.
     */
    ZFS_FUSE("zfs-fuse", false, false, false);

    /** How {@link StoredCapabilities} writes it. */
    final String label;
    final boolean commaDestroy;
    final boolean writtenProperty;
    final boolean posixAcls;

    ZfsFlavour(String label, boolean commaDestroy, boolean writtenProperty, boolean posixAcls) {
        this.label = label;
        this.commaDestroy = commaDestroy;
        this.writtenProperty = writtenProperty;
        this.posixAcls = posixAcls;
    }

    /** The flavour written as {@code label}, or {@code null}. */
    static ZfsFlavour byLabel(String label) {
        for (ZfsFlavour flavour : values()) {
            if (flavour.label.equals(label)) {
                return flavour;
            }
        }
        return null;
    }
}
