package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.exec.ProcessCommandRunner;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.testing.SshServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Host key pinning against a real sshd whose key changes during the test. */
class HostKeyITest {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @TempDir
    Path temp;

    @Test
    void aChangedHostKeyFailsWithoutTouchingKnownHostsUntilAcceptedOnPurpose() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.writeString(source.resolve("f"), "f");
        HostSpec host = SSH.hostSpec(source.toString(), List.of(), List.of());
        BackupTarget target = new BackupTarget(host.id(), "t", temp.resolve("dst") + "/", null);

        List<HostKey> scanned = HostKeys.parseScan(
                runner.run(HostKeys.scanCommand("127.0.0.1", SSH.port(), Duration.ofSeconds(5))).stdout());
        assertThat(scanned).extracting(HostKey::toString).contains(SSH.knownHostsLine().split(" ", 2)[1]);
        assertThat(HostKeys.pinned(SSH.knownHosts(), "127.0.0.1", SSH.port())).containsAnyElementsOf(scanned);
        assertThat(transfer(host, target).outcome()).isEqualTo(Outcome.SUCCESS);

        SSH.rotateHostKey();
        byte[] pinnedBefore = Files.readAllBytes(SSH.knownHosts());
        ExecResult refused = runner.run(RsyncCommand.forHost(host, target, Capabilities.ALL).command());
        TransferResult result = TransferClassifier.classify(refused, false, host.knownHostsFile());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error()).contains("host key").contains("does not match the pinned key").contains(SSH.knownHosts().toString());
        assertThat(Files.readAllBytes(SSH.knownHosts())).isEqualTo(pinnedBefore);
        DoNotRunProbe.Verdict probe = DoNotRunProbe.interpret(host, runner.run(DoNotRunProbe.command(host)));
        assertThat(probe.kind()).isEqualTo(DoNotRunProbe.Verdict.Kind.FAIL);
        assertThat(probe.message()).contains("host key");
        assertThat(Files.readAllBytes(SSH.knownHosts())).isEqualTo(pinnedBefore);

        List<HostKey> rotated = HostKeys.parseScan(
                runner.run(HostKeys.scanCommand("127.0.0.1", SSH.port(), Duration.ofSeconds(5))).stdout());
        assertThat(rotated).isNotEmpty().doesNotContainAnyElementsOf(scanned);
        HostKeys.accept(SSH.knownHosts(), "127.0.0.1", SSH.port(), rotated);

        assertThat(transfer(host, target).outcome()).isEqualTo(Outcome.SUCCESS);
        Files.writeString(temp.resolve("changed-key-stderr.txt"), refused.stderr());
        String sample = System.getenv("PLANB_CAPTURE_SSH_STDERR");
        if (sample != null) {
            Files.writeString(Path.of(sample), refused.stderr());
        }
    }

    @Test
    void anUnknownHostIsRefusedNeverTrustedOnFirstUse() throws Exception {
        Path emptyKnownHosts = Files.writeString(temp.resolve("known_hosts"), "");
        HostSpec host = TransportFixtures.withPaths(SSH.hostSpec("/", List.of(), List.of()), SSH.clientKey(), emptyKnownHosts);
        BackupTarget target = new BackupTarget(host.id(), "t", temp.resolve("dst") + "/", null);

        TransferResult result = transfer(host, target);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error()).contains("host key").contains(emptyKnownHosts.toString());
        assertThat(emptyKnownHosts).isEmptyFile();
    }

    private TransferResult transfer(HostSpec host, BackupTarget target) throws Exception {
        ExecResult result = runner.run(RsyncCommand.forHost(host, target, Capabilities.ALL).command());
        return TransferClassifier.classify(result, false, host.knownHostsFile());
    }
}
