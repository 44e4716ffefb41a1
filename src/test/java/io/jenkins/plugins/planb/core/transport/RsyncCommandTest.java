package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.storage.WriteMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RsyncCommandTest {

    private static final BackupTarget TARGET =
            new BackupTarget(new HostId("acme", "web01"), "tank/BACKUP/acme/web01", "/tank/BACKUP/acme/web01/data/", null);

    private static List<String> argv(HostSpec host) {
        return RsyncCommand.forHost(host, TARGET, Capabilities.ALL).command().argv();
    }

    @Test
    void sshCommandLineInOrder() {
        HostSpec host = TransportFixtures.ssh("web01.example.com", 22, true, true);

        assertThat(argv(host)).containsExactly(
                "rsync", "--archive", "--hard-links", "--acls", "--xattrs", "--sparse", "--numeric-ids",
                "--delete", "--delete-excluded", "--stats", "--no-human-readable", "--info=progress2", "--timeout=600",
                "--protect-args",
                "--rsh=ssh -o BatchMode=yes -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes"
                        + " -o 'UserKnownHostsFile=\"/var/lib/planb/known_hosts\"' -o GlobalKnownHostsFile=/dev/null"
                        + " -o UpdateHostKeys=no -o CheckHostIP=no -o ConnectTimeout=20 -o ServerAliveInterval=15"
                        + " -o ServerAliveCountMax=4 -p 22 -o 'IdentityFile=\"/var/lib/planb/.ssh/id_ed25519\"'"
                        + " -l remotebackup --",
                "--rsync-path=sudo -n ionice -c2 -n7 rsync",
                "--exclude=/var/www/cache",
                "--include=/etc/***", "--include=/var/", "--include=/var/www/***",
                "--exclude=*",
                "web01.example.com:/",
                "/tank/BACKUP/acme/web01/data/");
        assertThat(argv(host)).doesNotContain("--inplace", "--one-file-system");
    }

    @Test
    void inPlaceWritesOnlyChangedBlocksWithoutSparseAndDeltaEvenForALocalSource() {
        HostSpec local = TransportFixtures.local("/srv", false, List.of(), List.of());

        List<String> inPlace = RsyncCommand.forHost(local, TARGET.withWrites(WriteMode.IN_PLACE), Capabilities.ALL)
                .command().argv();
        List<String> checksum = RsyncCommand.forHost(local, TARGET.withWrites(WriteMode.IN_PLACE_CHECKSUM),
                Capabilities.ALL).command().argv();

        assertThat(inPlace).containsSubsequence("--xattrs", "--inplace", "--no-whole-file", "--numeric-ids")
                .doesNotContain("--sparse", "--checksum", "--whole-file", "--delay-updates", "--partial-dir");
        assertThat(checksum).containsSubsequence("--inplace", "--no-whole-file", "--checksum", "--numeric-ids")
                .doesNotContain("--sparse");
        assertThat(argv(TransportFixtures.ssh("h", 22, false, false))).contains("--sparse")
                .doesNotContain("--inplace", "--no-whole-file", "--checksum");
    }

    @Test
    void rsyncPathFollowsSudoAndIonice() {
        assertThat(RsyncCommand.remoteRsyncPath(TransportFixtures.ssh("h", 22, false, false))).isEqualTo("rsync");
        assertThat(RsyncCommand.remoteRsyncPath(TransportFixtures.ssh("h", 22, true, false))).isEqualTo("sudo -n rsync");
        assertThat(RsyncCommand.remoteRsyncPath(TransportFixtures.ssh("h", 22, false, true))).isEqualTo("ionice -c2 -n7 rsync");
    }

    @Test
    void ipv6LiteralsAreBracketedInTheSourceButNotForSsh() {
        HostSpec host = TransportFixtures.ssh("2001:db8::7", 2222, false, false);

        assertThat(argv(host)).contains("[2001:db8::7]:/");
        assertThat(RsyncCommand.remoteSource("[::1]", "/srv/")).isEqualTo("[::1]:/srv/");
        assertThat(SshOptions.argv(host)).endsWith("-l", "remotebackup", "--").contains("-p", "2222");
    }

    @Test
    void rootGetsOneTrailingSlashAndLinkDestIsPassed() {
        HostSpec host = TransportFixtures.local("/srv/data", false, List.of(), List.of());
        BackupTarget target = new BackupTarget(host.id(), "d", "/backups/acme/storage/.snapshots/new", "/backups/prev/");

        List<String> argv = RsyncCommand.forHost(host, target, Capabilities.ALL).command().argv();

        assertThat(argv).contains("--link-dest=/backups/prev/");
        assertThat(argv).endsWith("/srv/data/", "/backups/acme/storage/.snapshots/new/");
    }

    @Test
    void localTransportHasNoSshAndWrapsIoniceLocally() {
        HostSpec host = TransportFixtures.local("/", true, List.of(), List.of("*.tmp"));

        List<String> argv = RsyncCommand.forHost(host, TARGET, Capabilities.ALL).command().argv();

        assertThat(argv.subList(0, 4)).containsExactly("ionice", "-c2", "-n7", "rsync");
        assertThat(argv).noneMatch(a -> a.startsWith("--rsh") || a.startsWith("--rsync-path") || a.equals("--protect-args"));
        assertThat(argv).contains("--exclude=*.tmp", "--exclude=/proc/*", "--exclude=/sys/*");
        assertThat(argv).endsWith("/", "/tank/BACKUP/acme/web01/data/");
    }

    @Test
    void leavesOutWhatTheStorageCannotKeepAndSaysSo() {
        HostSpec host = TransportFixtures.ssh("h", 22, false, false);

        RsyncCommand noAcls = RsyncCommand.forHost(host, TARGET, new Capabilities(true, false));
        RsyncCommand neither = RsyncCommand.forHost(host, TARGET, new Capabilities(false, false));
        RsyncCommand all = RsyncCommand.forHost(host, TARGET, Capabilities.ALL);

        assertThat(noAcls.command().argv()).doesNotContain("--acls").contains("--xattrs");
        assertThat(noAcls.notPreserved()).containsExactly("POSIX ACLs");
        assertThat(neither.command().argv()).doesNotContain("--acls", "--xattrs");
        assertThat(neither.notPreserved()).containsExactly("POSIX ACLs", "extended attributes");
        assertThat(all.notPreserved()).isEmpty();
    }

    @Test
    void refusesAddressesThatCouldBeReadAsOptionsOrSplit() {
        for (String bad : List.of("-oProxyCommand=touch /tmp/x", "a b", "", "host;rm", "user@host")) {
            HostSpec host = TransportFixtures.withAddress(TransportFixtures.ssh("h", 22, false, false), bad);
            assertThatThrownBy(() -> argv(host)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("address:");
        }
    }

    @Test
    void refusesUserNamesThatAreNotPosixNames() {
        for (String bad : List.of("-x", "a b", "%u", "")) {
            HostSpec host = TransportFixtures.withUser(TransportFixtures.ssh("h", 22, false, false), bad);
            assertThatThrownBy(() -> argv(host)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("user:");
        }
    }

    @Test
    void refusesARelativeRoot() {
        HostSpec host = TransportFixtures.local("srv", false, List.of(), List.of());
        assertThatThrownBy(() -> RsyncCommand.forHost(host, TARGET, Capabilities.ALL))
                .hasMessageStartingWith("root:");
    }

    @Test
    void quotesPathsForBothSshAndRsyncSplitting() {
        HostSpec host = TransportFixtures.withPaths(TransportFixtures.ssh("h", 22, false, false),
                Path.of("/keys/it's my %d key"), Path.of("/etc/planb/known \"hosts\""));

        String rsh = SshOptions.rshString(host);

        assertThat(rsh).contains(" -o 'UserKnownHostsFile=\"/etc/planb/known \\\"hosts\\\"\"' ");
        assertThat(rsh).contains(" -o 'IdentityFile=\"/keys/it''s my %%d key\"' ");
        assertThatThrownBy(() -> SshOptions.argv(TransportFixtures.withPaths(host, Path.of("/k/${HOME}"), null)))
                .hasMessageStartingWith("identityFile:");
    }

    @Test
    void rsyncQuoteLeavesPlainWordsBareAndQuotesTheRest() {
        assertThat(SshOptions.rsyncQuote("BatchMode=yes")).isEqualTo("BatchMode=yes");
        assertThat(SshOptions.rsyncQuote("a b")).isEqualTo("'a b'");
        assertThat(SshOptions.rsyncQuote("it's")).isEqualTo("'it''s'");
        assertThat(SshOptions.rsyncQuote("")).isEqualTo("''");
    }
}
