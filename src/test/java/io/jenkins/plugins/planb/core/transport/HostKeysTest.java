package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys and fingerprints generated with OpenSSH 9.2 ssh-keygen on this machine. */
class HostKeysTest {

    static final HostKey ED25519 = new HostKey("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIBIFkNfYTRnTnJXPp54pBKYzcAwOVXG2fpg+8CYBu/a4");
    static final HostKey RSA = new HostKey("ssh-rsa",
            "AAAAB3NzaC1yc2EAAAADAQABAAAAgQC5gCI2T9n79xiihvx6wHONZlzxR7UHigcwDYQ+rAHK8uxMWQCwVelQBV9h4wSij4FNuZHCve6zuUFmAP2S/sK/rX7G1W38y5wogC8Ws1jyAJumU/ExZ+BEcgVdpyO4D0vPeSQvuLOvussDR6GjSMVW5wM6i9lUAWsHRTtwW+e3Pw==");
    /** {@code ssh-keygen -H} of {@code [10.0.0.1]:2222} with the ed25519 key. */
    static final String HASHED_LINE = "|1|3FpkkGxHaodj2dS3ZmjIyIsUjBI=|jBpOzRT9qlz2h3QFzzGPxofnkIk= " + ED25519;

    @TempDir
    Path directory;

    @Test
    void fingerprintsAreWhatSshKeygenPrints() {
        assertThat(ED25519.fingerprint()).isEqualTo("SHA256:kOFetPcTSN4aprV2jsmZRMR6FOFFftiKLMy3whK+M5g");
        assertThat(RSA.fingerprint()).isEqualTo("SHA256:EKWzu17OvTUGBioH2ZfAdvDEirxDDMt9dXWouse0m64");
        assertThat(ED25519.consistent()).isTrue();
        assertThat(new HostKey("ssh-rsa", ED25519.base64()).consistent()).isFalse();
    }

    @Test
    void refusesWhatIsNotAKey() {
        assertThatThrownBy(() -> new HostKey("ssh-ed25519", "not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new HostKey("ssh ed25519", "AAAA")).hasMessageContaining("type");
    }

    @Test
    void namesFollowOpenSsh() {
        assertThat(HostKeys.knownHostsName("web01", 22)).isEqualTo("web01");
        assertThat(HostKeys.knownHostsName("web01", 2222)).isEqualTo("[web01]:2222");
        assertThat(HostKeys.knownHostsName("[::1]", 2222)).isEqualTo("[::1]:2222");
        assertThat(HostKeys.knownHostsName("::1", 22)).isEqualTo("::1");
    }

    @Test
    void parsesKeyscanOutputSkippingComments() {
        String output = "# 127.0.0.1:2222 SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\n"
                + "[127.0.0.1]:2222 " + ED25519 + "\n"
                + "[127.0.0.1]:2222 " + RSA + "\n"
                + "garbage\n";

        assertThat(HostKeys.parseScan(output)).containsExactly(ED25519, RSA);
    }

    @Test
    void scanCommandIsAnArgvWithTheAddressAfterDoubleDash() {
        assertThat(HostKeys.scanCommand("[::1]", 2222, Duration.ofSeconds(5)).argv())
                .containsExactly("ssh-keyscan", "-T", "5", "-p", "2222", "-t", "ed25519,ecdsa,rsa", "--", "::1");
        assertThatThrownBy(() -> HostKeys.scanCommand("-oProxyCommand=x", 22, null)).hasMessageStartingWith("address:");
    }

    @Test
    void acceptReplacesOnlyThisHostsEntriesAndKeepsEverythingElse() throws Exception {
        Path file = directory.resolve("known_hosts");
        Files.writeString(file, String.join("\n",
                "# pinned by hand",
                "other.example " + RSA,
                "[10.0.0.1]:2222,alias " + RSA + " old comment",
                HASHED_LINE,
                "@revoked [10.0.0.1]:2222 " + RSA,
                "10.0.0.1 " + RSA,
                ""));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThat(HostKeys.pinned(file, "10.0.0.1", 2222)).containsExactly(RSA, ED25519);

        HostKeys.accept(file, "10.0.0.1", 2222, List.of(ED25519));

        assertThat(Files.readAllLines(file)).containsExactly(
                "# pinned by hand",
                "other.example " + RSA,
                "alias " + RSA + " old comment",
                "@revoked [10.0.0.1]:2222 " + RSA,
                "10.0.0.1 " + RSA,
                "[10.0.0.1]:2222 " + ED25519);
        assertThat(HostKeys.pinned(file, "10.0.0.1", 2222)).containsExactly(ED25519);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var leftovers = Files.list(directory)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void acceptCreatesAMissingFile() throws Exception {
        Path file = directory.resolve("sub/known_hosts");

        HostKeys.accept(file, "web01", 22, List.of(ED25519, RSA));

        assertThat(Files.readString(file)).isEqualTo("web01 " + ED25519 + "\nweb01 " + RSA + "\n");
        assertThat(HostKeys.pinned(directory.resolve("missing"), "web01", 22)).isEmpty();
        assertThatThrownBy(() -> HostKeys.accept(file, "web01", 22, List.of())).hasMessageStartingWith("keys:");
    }
}
