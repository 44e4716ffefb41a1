package io.jenkins.plugins.planb.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.StorageSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceProbeTest {

    @Test
    void readsExactZpoolOutput() throws Exception {
        ScriptedRunner runner = new ScriptedRunner()
                .on(List.of("zpool"), ScriptedRunner.ok("tank\t1099511627776\t962072674304\t87\n"));
        SpaceUsage usage = SpaceProbe.measure(new StorageSpec.Zfs("tank/BACKUP", false), runner);
        assertThat(usage).isEqualTo(new SpaceUsage("pool tank", 1099511627776L, 962072674304L, 87));
        assertThat(usage.isAbove(85)).isTrue();
        assertThat(usage.isAbove(87)).isFalse();
        assertThat(runner.calls).containsExactly(List.of("zpool", "list", "-Hp", "-o", "name,size,alloc,cap", "tank"));
    }

    @Test
    void asksAgainWithoutExactBytesWhenTheZfsIsTooOldForThem() throws Exception {
        ScriptedRunner runner = new ScriptedRunner()
                .on(argv -> argv.contains("-Hp"), ScriptedRunner.fails(2, "invalid option 'p'\nusage:\n"))
                .on(List.of("sudo", "-n", "zpool"), ScriptedRunner.ok("rtank\t250M\t1.14M\t0%\n"));
        SpaceUsage usage = SpaceProbe.measure(new StorageSpec.Zfs("rtank/a/b", true), runner);
        assertThat(usage.place()).isEqualTo("pool rtank");
        assertThat(usage.sizeBytes()).isEqualTo(250L * 1024 * 1024);
        assertThat(usage.usedBytes()).isEqualTo(Math.round(1.14 * 1024 * 1024));
        assertThat(usage.capacityPercent()).isZero();
        assertThat(runner.calls.get(1)).containsExactly("sudo", "-n", "zpool", "list", "-H", "-o", "name,size,alloc,cap",
                "rtank");
    }

    @Test
    void aFailingZpoolIsReportedWithItsFirstErrorLine() {
        ScriptedRunner runner = new ScriptedRunner()
                .on(List.of("zpool"), ScriptedRunner.fails(1, "cannot open 'nosuch': no such pool\n"));
        assertThatThrownBy(() -> SpaceProbe.measure(new StorageSpec.Zfs("nosuch/BACKUP", false), runner))
                .isInstanceOf(StorageException.class)
                .hasMessage("zpool list nosuch failed (exit 1): cannot open 'nosuch': no such pool");
    }

    @Test
    void readsDfInPosixFormat() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(List.of("df"), ScriptedRunner.ok(
                "Filesystem         1-blocks        Used   Available Capacity Mounted on\n"
                        + "/dev/vda       270553174016 246203388416 24349785600      92% /srv\n"));
        SpaceUsage usage = SpaceProbe.measure(new StorageSpec.Directory(Path.of("/srv/planb")), runner);
        assertThat(usage).isEqualTo(new SpaceUsage("/srv/planb", 270553174016L, 246203388416L, 92));
        assertThat(runner.calls).containsExactly(List.of("df", "-P", "--block-size=1", "--", "/srv/planb"));
    }

    @Test
    void readsDfWhoseDeviceNameAndMountPointHoldSpaces() throws Exception {
        SpaceUsage usage = SpaceProbe.parseDf("/mnt/my disk/planb",
                "Filesystem 1-blocks Used Available Capacity Mounted on\n"
                        + "//server/backup share\n          1000 900 100 90% /mnt/my disk\n");
        assertThat(usage.capacityPercent()).isEqualTo(90);
        assertThat(usage.sizeBytes()).isEqualTo(1000);
    }

    @Test
    void unreadableOutputIsAnErrorNamingIt() {
        assertThatThrownBy(() -> SpaceProbe.parseDf("/x", "df: /x: No such file or directory\n"))
                .isInstanceOf(StorageException.class).hasMessageContaining("df /x printed no line");
        assertThatThrownBy(() -> SpaceProbe.parseZpool("tank", "other\t1\t1\t1\n"))
                .isInstanceOf(StorageException.class).hasMessageContaining("no line for pool tank");
        assertThatThrownBy(() -> SpaceProbe.parseZpool("tank", "tank\t1\tlots\t1%\n"))
                .isInstanceOf(StorageException.class).hasMessageContaining("cannot read: tank\t1\tlots\t1%");
    }

    @Test
    void thePoolIsTheFirstPartOfTheDataset() {
        assertThat(SpaceProbe.poolOf("tank/BACKUP/acme")).isEqualTo("tank");
        assertThat(SpaceProbe.poolOf("tank")).isEqualTo("tank");
    }

    @Test
    void sizesInZfsUnits() {
        assertThat(SpaceProbe.bytes("512")).isEqualTo(512);
        assertThat(SpaceProbe.bytes("1K")).isEqualTo(1024);
        assertThat(SpaceProbe.bytes("1.5G")).isEqualTo(1610612736L);
        assertThat(SpaceProbe.bytes("2T")).isEqualTo(2L << 40);
    }
}
