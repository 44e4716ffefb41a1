package io.jenkins.plugins.planb.core.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.transport.SshOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreRsyncTest {

    private static HostSpec host(TransportKind transport, String address, boolean sudo, boolean ionice) {
        return new HostSpec(new HostId("acme", "web01"), transport, address, 2222, "remotebackup",
                Path.of("/var/lib/planb/id"), Path.of("/var/lib/planb/known_hosts"), sudo, ionice, "/", List.of("etc"),
                List.of("etc/secret"), true, RetentionPolicy.parse("2y"), Duration.ofSeconds(90), Duration.ofSeconds(20));
    }

    @Test
    void intoADirectoryHereWithWhatTheStorageKeepsAndNeverDelete() {
        List<String> argv = RestoreRsync.argv(host(TransportKind.SSH, "web01", true, true), Capabilities.ALL, false,
                "/snap/etc/", "/tmp/restore", false, false, null);

        assertThat(argv).containsExactly("rsync", "--archive", "--hard-links", "--acls", "--xattrs", "--sparse",
                "--numeric-ids", "--out-format=%i %n", "--stats", "--no-human-readable", "/snap/etc/", "/tmp/restore/");
        assertThat(argv).as("a restore never deletes, never writes in place, never filters")
                .noneMatch(a -> a.startsWith("--delete") || a.equals("--inplace") || a.startsWith("--exclude"));
    }

    @Test
    void whatTheStorageCannotHoldIsNotAskedFor() {
        List<String> argv = RestoreRsync.argv(host(TransportKind.SSH, "web01", false, false), new Capabilities(false, false),
                false, "/snap/", "/tmp/r/", true, false, null);
        assertThat(argv).doesNotContain("--acls", "--xattrs").contains("--dry-run", "--sparse", "--numeric-ids");
    }

    @Test
    void toTheHostAsABackupConnectsWithSudoAndIoniceOnTheRemoteSide() {
        HostSpec host = host(TransportKind.SSH, "web01.example.com", true, true);
        List<String> argv = RestoreRsync.argv(host, Capabilities.ALL, true, "/snap/etc/nginx/", "/etc/nginx", false, true,
                null);

        assertThat(argv).containsSequence("--ignore-existing", "--info=skip2");
        assertThat(argv).containsSequence("--timeout=90", "--protect-args", "--rsh=" + SshOptions.rshString(host),
                "--rsync-path=sudo -n ionice -c2 -n7 rsync");
        assertThat(argv.subList(argv.size() - 2, argv.size()))
                .containsExactly("/snap/etc/nginx/", "web01.example.com:/etc/nginx/");
        assertThat(SshOptions.rshString(host)).contains("-p 2222", "-l remotebackup", "StrictHostKeyChecking=yes");
    }

    @Test
    void anIpv6AddressGoesInBrackets() {
        List<String> argv = RestoreRsync.argv(host(TransportKind.SSH, "::1", false, false), Capabilities.ALL, true,
                "/snap/a", "/srv", false, false, null);
        assertThat(argv.get(argv.size() - 1)).isEqualTo("[::1]:/srv/");
        assertThat(argv).contains("--rsync-path=rsync");
    }

    @Test
    void onlyTheNewItemsOfAPlanAreSentWithoutTheDirectoriesAboveThem() {
        List<String> argv = RestoreRsync.argv(host(TransportKind.SSH, "web01", false, false), Capabilities.ALL, true,
                "/snap/", "/srv", false, true, Path.of("/tmp/list"));
        assertThat(argv).containsSequence("--files-from=/tmp/list", "--from0", "--no-implied-dirs")
                .contains("--ignore-existing").doesNotContain("--dry-run");
    }

    @Test
    void aLocalHostIsRestoredWithoutSsh() {
        List<String> argv = RestoreRsync.argv(host(TransportKind.LOCAL, null, true, true), Capabilities.ALL, true,
                "/snap/etc/", "/etc", false, true, null);
        assertThat(argv).noneMatch(a -> a.startsWith("--rsh") || a.startsWith("--rsync-path") || a.startsWith("--timeout"));
        assertThat(argv.get(argv.size() - 1)).isEqualTo("/etc/");
    }
}
