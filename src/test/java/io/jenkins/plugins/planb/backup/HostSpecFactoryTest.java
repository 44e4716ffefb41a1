package io.jenkins.plugins.planb.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostSpecFactoryTest {

    private static ResolvedSettings settings(String user, List<String> include, StorageSpec storage) {
        return limits(user, include, storage, "10m", "0", "30s");
    }

    private static ResolvedSettings limits(String user, List<String> include, StorageSpec storage, String stall,
            String max, String progress) {
        return new ResolvedSettings("2y,12m", "H H(0-5) * * *", "planb", storage, user, true, false, "", include,
                List.of(), "", stall, max, progress);
    }

    @Test
    void transferLimitsReachTheEngineAndBadOnesNameTheirField() throws Exception {
        HostSpec spec = HostSpecFactory.create(new HostId("acme", "web01"),
                new HostFields("local", "", 22, "/srv", ""),
                limits("backup", List.of(), new StorageSpec.Directory(Path.of("/srv/planb")), "90s", "1h30m", "0"),
                null, null);
        assertThat(spec.stallTimeout()).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(spec.maxRunTime()).isEqualTo(java.time.Duration.ofMinutes(90));
        assertThat(spec.progressInterval()).isEqualTo(java.time.Duration.ZERO);
        assertThatThrownBy(() -> HostSpecFactory.create(new HostId("acme", "web01"),
                new HostFields("local", "", 22, "/srv", ""),
                limits("backup", List.of(), new StorageSpec.Directory(Path.of("/srv/planb")), "soon", "0", "30s"),
                null, null)).hasMessageContaining("stallTimeout");
    }

    @Test
    void buildsTheEngineSpecWithTheRunsKeyFiles() throws Exception {
        HostSpec spec = HostSpecFactory.create(new HostId("acme", "web01"),
                new HostFields("ssh", "web01.example.com", 2222, "/", "k"),
                settings("backup", List.of("etc"), new StorageSpec.Directory(Path.of("/srv/planb"))),
                Path.of("/tmp/x/id_planb"), Path.of("/tmp/x/known_hosts"));
        assertThat(spec.transport()).isEqualTo(TransportKind.SSH);
        assertThat(spec.port()).isEqualTo(2222);
        assertThat(spec.user()).isEqualTo("backup");
        assertThat(spec.sudo()).isTrue();
        assertThat(spec.identityFile()).isEqualTo(Path.of("/tmp/x/id_planb"));
        assertThat(spec.knownHostsFile()).isEqualTo(Path.of("/tmp/x/known_hosts"));
        assertThat(spec.include()).containsExactly("etc");
    }

    @Test
    void namesEveryBadFieldWithTheEngineRule() {
        assertThatThrownBy(() -> HostSpecFactory.create(new HostId("Acme", "web01"),
                        new HostFields("ssh", "-oProxyCommand=x", 22, "/", ""),
                        settings("backup", List.of("$(reboot)"), null), null, null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("group:")
                .hasMessageContaining("address:")
                .hasMessageContaining("includes:")
                .hasMessageContaining("storage:");
    }

    @Test
    void localTransportNeedsNoAddress() throws Exception {
        HostSpec spec = HostSpecFactory.create(new HostId("acme", "self"), new HostFields("local", "", 22, "/etc", ""),
                settings("backup", List.of(), new StorageSpec.Directory(Path.of("/srv"))), null, null);
        assertThat(spec.transport()).isEqualTo(TransportKind.LOCAL);
    }

    static String ed25519Key() {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        blob.write(0);
        blob.write(0);
        blob.write(0);
        blob.write(type.length);
        blob.writeBytes(type);
        blob.write(0);
        blob.write(0);
        blob.write(0);
        blob.write(32);
        blob.writeBytes(new byte[32]);
        return "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray());
    }

    @Test
    void aBareKeyGetsTheHostsKnownHostsName() {
        String content = KnownHostsEntry.fileContent(ed25519Key(), "10.0.0.1", 2222);
        assertThat(content).startsWith("[10.0.0.1]:2222 ssh-ed25519 ").endsWith("\n");
        assertThat(KnownHostsEntry.fingerprints(ed25519Key())).singleElement().asString().startsWith("ssh-ed25519 SHA256:");
    }

    @Test
    void noPinnedKeyOrGarbageIsRefusedNotIgnored() {
        assertThatThrownBy(() -> KnownHostsEntry.fileContent("", "web01", 22)).hasMessageContaining("Fetch host key");
        assertThatThrownBy(() -> KnownHostsEntry.fileContent("garbage", "web01", 22)).hasMessageContaining("not a key line");
    }
}
