package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoNotRunProbeTest {

    private final HostSpec ssh = TransportFixtures.ssh("web01.example.com", 2222, true, true);
    private final HostSpec local = TransportFixtures.local("/", false, List.of(), List.of());

    @Test
    void sshProbeSendsOnlyTheFixedCommandAfterTheAddress() {
        Command command = DoNotRunProbe.command(ssh);

        assertThat(command.argv()).startsWith("ssh").endsWith("--", "web01.example.com",
                "find /var/lib/planb/do-not-run.d -type f 2>/dev/null || true");
        assertThat(command.argv()).doesNotContain("sudo");
        assertThat(command.timeout()).isNotNull();
    }

    @Test
    void localProbeIsAPlainFind() {
        assertThat(DoNotRunProbe.command(local).argv()).containsExactly("find", "/var/lib/planb/do-not-run.d", "-type", "f");
    }

    @Test
    void markerFilesSkipTheRunAndAreNamed() {
        ExecResult found = new ExecResult(0, false, "/var/lib/planb/do-not-run.d/mysqldump\n", "");

        DoNotRunProbe.Verdict verdict = DoNotRunProbe.interpret(ssh, found);

        assertThat(verdict.kind()).isEqualTo(DoNotRunProbe.Verdict.Kind.SKIP);
        assertThat(verdict.message()).contains("/var/lib/planb/do-not-run.d/mysqldump");
    }

    @Test
    void nothingFoundRuns() {
        assertThat(DoNotRunProbe.interpret(ssh, new ExecResult(0, false, "", "")).kind()).isEqualTo(DoNotRunProbe.Verdict.Kind.RUN);
        ExecResult missingLocalDirectory = new ExecResult(1, false, "",
                "find: '/var/lib/planb/do-not-run.d': No such file or directory\n");
        assertThat(DoNotRunProbe.interpret(local, missingLocalDirectory))
                .isEqualTo(new DoNotRunProbe.Verdict(DoNotRunProbe.Verdict.Kind.RUN, null));
    }

    @Test
    void sshFailureFailsWithTheSshProblem() {
        ExecResult refused = new ExecResult(255, false, "", "ssh: connect to host web01.example.com port 2222: Connection refused\n");

        DoNotRunProbe.Verdict verdict = DoNotRunProbe.interpret(ssh, refused);

        assertThat(verdict.kind()).isEqualTo(DoNotRunProbe.Verdict.Kind.FAIL);
        assertThat(verdict.message()).contains("Connection refused");
    }

    @Test
    void aProbeTheRemoteRefusesIsOnlyAWarning() {
        ExecResult refused = new ExecResult(1, false, "", "rrsync: command not allowed\n");

        DoNotRunProbe.Verdict verdict = DoNotRunProbe.interpret(ssh, refused);

        assertThat(verdict.kind()).isEqualTo(DoNotRunProbe.Verdict.Kind.RUN);
        assertThat(verdict.message()).contains("rrsync: command not allowed");
    }
}
