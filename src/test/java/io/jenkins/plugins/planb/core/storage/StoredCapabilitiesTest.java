package io.jenkins.plugins.planb.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredCapabilitiesTest {

    @Test
    void everyValueItWritesReadsBackTheSame() {
        for (boolean xattrs : new boolean[] {true, false}) {
            for (boolean acls : new boolean[] {true, false}) {
                for (ZfsFlavour flavour : new ZfsFlavour[] {ZfsFlavour.OPENZFS, ZfsFlavour.ZFS_FUSE, null}) {
                    if (acls && flavour == ZfsFlavour.ZFS_FUSE) {
                        continue; // never produced: zfs-fuse does not enforce ACLs
                    }
                    StoredCapabilities stored = new StoredCapabilities(xattrs, acls, flavour);
                    assertThat(StoredCapabilities.parse(stored.format())).as(stored.format()).isEqualTo(stored);
                }
            }
        }
    }

    @Test
    void theFormatIsTheDocumentedOne() {
        assertThat(new StoredCapabilities(true, false, ZfsFlavour.ZFS_FUSE).format())
                .isEqualTo("xattrs=yes,acls=no,zfs=zfs-fuse");
    }

    @Test
    void handWrittenValuesMayUseOnOffAnyOrderAndNoFlavour() {
        assertThat(StoredCapabilities.parse("acls=off,xattrs=on"))
                .isEqualTo(new StoredCapabilities(true, false, null));
    }

    @Test
    void unsetOrMalformedValuesAreNotTrusted() {
        for (String value : new String[] {null, "", "-", "xattrs=yes", "acls=no", "xattrs=1,acls=0",
                "xattrs=yes,acls=no,", "xattrs=yes,acls=no,zfs=solaris", "xattrs=yes,acls=no,other=x",
                "xattrs=yes,acls=yes,zfs=zfs-fuse", "xattrs=yes,acls=no,acls=yes", "=yes,xattrs=yes,acls=no"}) {
            assertThat(StoredCapabilities.parse(value)).as(String.valueOf(value)).isNull();
        }
    }
}
