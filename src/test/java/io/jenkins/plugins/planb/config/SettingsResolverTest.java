package io.jenkins.plugins.planb.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.BuiltinDefaults;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsResolverTest {

    private static SettingLayer layer(String retention, String user, Boolean sudo, String zfs, String dir,
            List<String> include) {
        return new SettingLayer(retention, null, null, zfs, dir, null, user, sudo, null, null, include, null, null,
                null, null, null);
    }

    private static SettingLayer limits(String stallTimeout, String maxRunTime, String progressInterval) {
        return new SettingLayer(null, null, null, null, null, null, null, null, null, null, null, null, null,
                stallTimeout, maxRunTime, progressInterval);
    }

    @Test
    void transferLimitsAreInheritedAndDefaultToTheEnginesBuiltIns() {
        ResolvedSettings builtIn = SettingsResolver.resolve(null, null, null);
        assertThat(builtIn.stallTimeout()).isEqualTo("10m");
        assertThat(builtIn.maxRunTime()).isEqualTo("0s");
        assertThat(builtIn.progressInterval()).isEqualTo("30s");
        ResolvedSettings s = SettingsResolver.resolve(limits(null, "6h", null), limits("20m", "1h", null),
                limits(null, null, "0"));
        assertThat(s.stallTimeout()).isEqualTo("20m");
        assertThat(s.maxRunTime()).isEqualTo("6h");
        assertThat(s.progressInterval()).isEqualTo("0");
    }

    @Test
    void hostWinsOverGroupWhichWinsOverSite() {
        ResolvedSettings s = SettingsResolver.resolve(
                layer("1y", null, null, null, null, null),
                layer("2y", "backup", Boolean.TRUE, null, null, List.of("etc")),
                layer("3y", "site", Boolean.FALSE, "tank/BACKUP", null, List.of("home")));
        assertThat(s.retention()).isEqualTo("1y");
        assertThat(s.user()).isEqualTo("backup");
        assertThat(s.sudo()).isTrue();
        assertThat(s.include()).containsExactly("etc");
        assertThat(s.storage()).isEqualTo(new StorageSpec.Zfs("tank/BACKUP", false));
    }

    @Test
    void blankValuesInheritAndNothingSetGivesBuiltinDefaults() {
        ResolvedSettings s = SettingsResolver.resolve(layer("  ", "", null, null, null, List.of()), null, null);
        assertThat(s.retention()).isEqualTo(BuiltinDefaults.RETENTION_TEXT);
        assertThat(s.user()).isEqualTo(BuiltinDefaults.USER);
        assertThat(s.sudo()).isEqualTo(BuiltinDefaults.SUDO);
        assertThat(s.schedule()).isEqualTo("H H(0-5) * * *");
        assertThat(s.label()).isEqualTo(SettingsResolver.DEFAULT_LABEL);
        assertThat(s.storage()).isNull();
        assertThat(s.credentialsId()).isEmpty();
    }

    @Test
    void anExplicitFalseOnTheHostBeatsTrueOnTheGroup() {
        ResolvedSettings s = SettingsResolver.resolve(layer(null, null, Inheritable.OFF.value(), null, null, null),
                layer(null, null, Boolean.TRUE, null, null, null), null);
        assertThat(s.sudo()).isFalse();
    }

    @Test
    void storageIsTakenWholeFromTheNearestLevelThatNamesOne() {
        ResolvedSettings s = SettingsResolver.resolve(null, layer(null, null, null, null, "/srv/planb", null),
                layer(null, null, null, "tank/BACKUP", null, null));
        assertThat(s.storage()).isEqualTo(new StorageSpec.Directory(Path.of("/srv/planb")));
    }

    @Test
    void textAreasBecomeOnePatternPerLine() {
        assertThat(SettingsResolver.lines(" etc \n\n var/www\r\n")).containsExactly("etc", "var/www");
        assertThat(SettingsResolver.lines(null)).isEmpty();
    }

    @Test
    void inheritableReadsStoredValues() {
        assertThat(Inheritable.of("on")).isEqualTo(Inheritable.ON);
        assertThat(Inheritable.of("")).isEqualTo(Inheritable.INHERIT);
        assertThat(Inheritable.of("bogus")).isEqualTo(Inheritable.INHERIT);
        assertThat(Inheritable.INHERIT.value()).isNull();
    }
}
