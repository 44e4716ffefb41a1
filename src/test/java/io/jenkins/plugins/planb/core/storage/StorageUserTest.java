package io.jenkins.plugins.planb.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageUserTest {

    @Test
    void readsUidAndGidFromOneIdLine() {
        assertThat(StorageUser.parse("uid=1001(jenkins) gid=1002(builders) groups=1002(builders),27(sudo)\n"))
                .isEqualTo(new StorageUser(1001, 1002));
        assertThat(StorageUser.parse("uid=0(root) gid=0(root) groups=0(root)\n").isRoot()).isTrue();
    }

    @Test
    void idsWithoutANameAreRead() {
        assertThat(StorageUser.parse("uid=4711 gid=4712 groups=4712\n")).isEqualTo(new StorageUser(4711, 4712));
    }

    @Test
    void effectiveIdsWinAsIdDashUPrintsThem() {
        assertThat(StorageUser.parse("uid=1000(me) gid=1000(me) euid=0(root) egid=0(root) groups=1000(me)\n"))
                .isEqualTo(new StorageUser(0, 0));
    }

    @Test
    void outputWithoutIdsGivesNoUser() {
        assertThat(StorageUser.parse("")).isNull();
        assertThat(StorageUser.parse("uid=abc gid=1\n")).isNull();
        assertThat(StorageUser.parse("groups=1(x)\n")).isNull();
    }
}
