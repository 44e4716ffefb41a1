package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.transport.HostKey;
import io.jenkins.plugins.planb.core.transport.HostKeys;
import io.jenkins.plugins.planb.testing.SshServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code planb hostkey} against a real sshd: what it prints before and after {@code --accept}. */
class HostKeyCommandITest {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    @TempDir
    Path dir;

    private Path config(Path knownHosts) throws Exception {
        Path config = dir.resolve("planb.yaml");
        Files.writeString(config, """
                storage:
                  directory: { path: %s }
                stateDir: %s
                groups:
                  - name: acme
                    hosts:
                      - name: web01
                        address: 127.0.0.1
                        port: %d
                        user: %s
                        identityFile: %s
                        knownHostsFile: %s
                """.formatted(dir.resolve("store"), dir.resolve("state"), SSH.port(), SSH.user(), SSH.clientKey(),
                knownHosts));
        return config;
    }

    @Test
    void afterAcceptTheOfferedKeysShowAsPinnedFromTheFileJustWritten() throws Exception {
        Path knownHosts = dir.resolve("known_hosts");
        Path config = config(knownHosts);

        CliRun before = CliRun.run("-c", config.toString(), "hostkey", "acme/web01");
        assertThat(before.exitCode()).as(before.err()).isEqualTo(1);
        assertThat(before.outLines()).filteredOn(l -> l.startsWith("offered")).isNotEmpty().allMatch(l -> l.endsWith("  new"));
        assertThat(before.outLines()).noneMatch(l -> l.startsWith("pinned"));

        CliRun accepted = CliRun.run("-c", config.toString(), "hostkey", "acme/web01", "--accept");

        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(0);
        List<HostKey> inFile = HostKeys.pinned(knownHosts, "127.0.0.1", SSH.port());
        assertThat(inFile).isNotEmpty();
        List<String> offeredLines = accepted.outLines().stream().filter(l -> l.startsWith("offered")).toList();
        assertThat(offeredLines).hasSize(inFile.size()).allMatch(l -> l.endsWith("  pinned"));
        assertThat(accepted.outLines().stream().filter(l -> l.startsWith("pinned")).toList())
                .containsExactlyElementsOf(inFile.stream().map(k -> "pinned   " + k.type() + " " + k.fingerprint()).toList());
        assertThat(accepted.out()).doesNotContain("not pinned");

        CliRun json = CliRun.run("-c", config.toString(), "hostkey", "acme/web01", "--accept", "--json");
        assertThat(json.exitCode()).isEqualTo(0);
        assertThat(json.out()).contains("\"accepted\":true").doesNotContain("\"state\":\"new\"")
                .doesNotContain("\"pinned\":[]");
    }
}
