package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme", "web01", "a", "0", "db-1.example_x", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void acceptsZfsAndPathSafeNames(String name) {
        assertThat(Rules.hostName(name)).isEmpty();
        assertThat(Rules.groupName(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Web01", "-web", ".hidden", "..", "_x", "a b", "a/b", "a@b", "a:b",
        "$(reboot)", "a`id`", "a\nb", "a\0b", "é", "xyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"})
    void refusesNamesThatAreNotZfsAndPathSafe(String name) {
        assertThat(Rules.hostName(name)).get().asString().contains("lower-case letters");
        assertThat(Rules.groupName(name)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"web01.example.com", "web01", "web01.example.com.", "192.0.2.10", "10.0.0.1",
        "::1", "2001:db8::42", "fe80::1:2:3:4", "::ffff:192.0.2.1", "3com.example", "a-b.c-d",
        "WEB01.Example.COM"})
    void acceptsHostNamesAndIpLiterals(String address) {
        assertThat(Rules.address(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-oProxyCommand=sh -c reboot", "-p", "a b", "user@host", "host:22x",
        "[::1]", "999.1.1.1", "1.2.3", "1.2.3.4.5", "host\n", "ho\0st", "$(reboot)", "`id`", "host;id",
        "-host", "host-", "a..b", ".", ".host", "fe80::1%eth0", "1::2::3", "héllo", "under_score",
        "http://host", "host/path", "::g"})
    void refusesEverythingElseAsAddress(String address) {
        assertThat(Rules.address(address))
                .get()
                .asString()
                .contains("must be a host name or IP literal: letters, digits, '.', '-', ':' only, not starting with '-'");
    }

    @Test
    void refusesOverlongAddress() {
        String label = "a".repeat(63);
        String name = String.join(".", label, label, label, label); // 255 characters
        assertThat(Rules.address(name)).isPresent();
        assertThat(Rules.address("a".repeat(64) + ".example")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "remotebackup", "_planb", "backup-user", "u1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void acceptsPosixUserNames(String user) {
        assertThat(Rules.user(user)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Root", "1user", "-user", "user@host", "a b", "user$", "us.er", "$(id)",
        "user\n", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void refusesOtherUserNames(String user) {
        assertThat(Rules.user(user)).get().asString().contains("must be a POSIX user name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tank", "tank/BACKUP", "tank/planb-2.0/a_b:c", "Pool1/x"})
    void acceptsZfsDatasets(String dataset) {
        assertThat(Rules.zfsDataset(dataset)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/tank", "tank/", "tank//x", "-tank", "tank/-x", "tank@snap", "tank#bm",
        "tank/a b", "tank/.x", "tank\n", "tank/$(id)"})
    void refusesOtherZfsDatasets(String dataset) {
        assertThat(Rules.zfsDataset(dataset)).get().asString().contains("must be a ZFS dataset name");
    }

    @Test
    void zfsParentLeavesRoomForGroupAndHost() {
        assertThat(Rules.zfsDataset("t".repeat(127))).isEmpty();
        assertThat(Rules.zfsDataset("t".repeat(128))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/srv/planb", "/var/lib/planb/.ssh/id_ed25519", "/with space/x", "/a/$(b)"})
    void acceptsAbsoluteLocalPaths(String path) {
        assertThat(Rules.absolutePath(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "relative", "./x", "~/x", "/a\nb", "/a\0b", "/a\rb", "/a\tb"})
    void refusesRelativePathsAndControlCharacters(String path) {
        assertThat(Rules.absolutePath(path)).get().asString().contains("must be an absolute path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/etc", "/srv/data dir", "/home/user's"})
    void acceptsRemoteRoots(String root) {
        assertThat(Rules.remoteRoot(root)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "etc", "/$(reboot)", "/a`id`", "/a\nb", "/a\0b", "-oProxyCommand=x"})
    void refusesRemoteRootsAShellCouldExpand(String root) {
        assertThat(Rules.remoteRoot(root)).get().asString().contains("without '$(' or '`'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"etc", "home", "var/www", "var/lib/dpkg/status*", "var/log/auth*", "dir/",
        "a..b", "..hidden", "with space", "a/./b", "[ab]?x"})
    void acceptsRelativePatterns(String pattern) {
        assertThat(Rules.pattern(pattern)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc", "..", "../../etc", "a/../../b", "a/..", "$(reboot)", "a`id`",
        "a\nb", "a\0b", "+ secret", "- etc", "!"})
    void refusesAbsoluteEscapingOrInjectingPatterns(String pattern) {
        assertThat(Rules.pattern(pattern)).get().asString().contains("must be a non-empty rsync pattern");
    }

    @Test
    void portsRunFromOneTo65535() {
        assertThat(Rules.port(1)).isEmpty();
        assertThat(Rules.port(22)).isEmpty();
        assertThat(Rules.port(65535)).isEmpty();
        assertThat(Rules.port(0)).get().asString().isEqualTo("0 " + Rules.PORT_RULE);
        assertThat(Rules.port(65536)).isPresent();
        assertThat(Rules.port(-22)).isPresent();
    }

    @Test
    void timeoutsArePositiveAndBounded() {
        assertThat(Rules.ioTimeoutSeconds(1)).isEmpty();
        assertThat(Rules.ioTimeoutSeconds(Rules.MAX_IO_TIMEOUT_SECONDS)).isEmpty();
        assertThat(Rules.ioTimeoutSeconds(0)).get().asString().contains("from 1 to 604800");
        assertThat(Rules.ioTimeoutSeconds(Rules.MAX_IO_TIMEOUT_SECONDS + 1L)).isPresent();
        assertThat(Rules.connectTimeoutSeconds(30)).isEmpty();
        assertThat(Rules.connectTimeoutSeconds(0)).isPresent();
        assertThat(Rules.connectTimeoutSeconds(3601)).get().asString().contains("from 1 to 3600");
    }

    @Test
    void retentionNamesTheRule() {
        assertThat(Rules.retention("2y,12m,4w,16d")).isEmpty();
        assertThat(Rules.retention("")).isEmpty();
        assertThat(Rules.retention("2 years")).get().asString().contains(RetentionPolicy.RULE);
        assertThat(Rules.retention(null)).get().asString().contains(RetentionPolicy.RULE);
    }

    @Test
    void transportIsSshOrLocal() {
        assertThat(Rules.parseTransport("ssh")).contains(TransportKind.SSH);
        assertThat(Rules.parseTransport("local")).contains(TransportKind.LOCAL);
        assertThat(Rules.parseTransport("SSH")).isEmpty();
        assertThat(Rules.transport("rsh")).get().asString().isEqualTo("'rsh' must be one of: ssh, local");
    }

    @Test
    void messagesQuoteTheValueOnOnePrintableLine() {
        Optional<String> message = Rules.address("evil\nhost\0" + "x".repeat(200));
        assertThat(message).get().asString()
                .startsWith("'evil\\nhost\\0xxx")
                .contains("…'")
                .doesNotContain("\n")
                .doesNotContain("\0");
    }

    @Test
    void transferLimitsAllowZeroOrOneSecondUpToTheirMaximum() {
        assertThat(Rules.stallTimeout(Duration.ZERO)).isEmpty();
        assertThat(Rules.stallTimeout(Duration.ofSeconds(1))).isEmpty();
        assertThat(Rules.stallTimeout(Duration.ofDays(7))).isEmpty();
        assertThat(Rules.stallTimeout(Duration.ofDays(7).plusSeconds(1))).get().asString()
                .isEqualTo("7d1s must be from 1s to 7d, or 0, which turns the stall limit off");
        assertThat(Rules.stallTimeout(Duration.ofMillis(500))).isPresent();
        assertThat(Rules.maxRunTime(Duration.ofDays(30))).isEmpty();
        assertThat(Rules.maxRunTime(Duration.ofDays(31))).isPresent();
        assertThat(Rules.maxRunTime(Duration.ofSeconds(-1))).isPresent();
        assertThat(Rules.progressInterval(Duration.ZERO)).isEmpty();
        assertThat(Rules.progressInterval(Duration.ofDays(2))).isPresent();
    }

    @Test
    void transferLimitsAsFormTextUseTheSameRules() {
        assertThat(Rules.stallTimeout("10m")).isEmpty();
        assertThat(Rules.maxRunTime("6h")).isEmpty();
        assertThat(Rules.progressInterval("0")).isEmpty();
        assertThat(Rules.stallTimeout("ten")).get().asString().isEqualTo("'ten' must be " + Durations.SYNTAX);
        assertThat(Rules.maxRunTime("40d")).get().asString().contains("from 1s to 30d");
        assertThat(Rules.progressInterval(" ")).isPresent();
    }
}
