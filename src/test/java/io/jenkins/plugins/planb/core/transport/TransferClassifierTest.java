package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** stderr samples captured from OpenSSH 9.2 and rsync 3.5.0 on this machine. */
class TransferClassifierTest {

    private static final String STATS = "Number of files: 3 (reg: 2, dir: 1)\nTotal transferred file size: 10 bytes\n";

    private static final String CHANGED_KEY = """
            @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
            @    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
            @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
            IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!
            Someone could be eavesdropping on you right now (man-in-the-middle attack)!
            It is also possible that a host key has just been changed.
            The fingerprint for the ED25519 key sent by the remote host is
            SHA256:RdcS1wx+hYlWBi8V/y7/mNTKwGRcLrMWsh/dXCZ5gn8.
            Please contact your system administrator.
            Add correct host key in /etc/planb/known hosts to get rid of this message.
            Offending ED25519 key in /etc/planb/known hosts:1
              remove with:
              ssh-keygen -f "/etc/planb/known hosts" -R "[127.0.0.1]:41369"
            Host key for [127.0.0.1]:41369 has changed and you have requested strict checking.
            Host key verification failed.
            rsync: connection unexpectedly closed (0 bytes received so far) [Receiver]
            rsync error: error in rsync protocol data stream (code 12) at io.c(285) [Receiver=3.5.0]
            """;

    private static ExecResult exit(int code, String stdout, String stderr) {
        return new ExecResult(code, false, stdout, stderr);
    }

    @Test
    void zeroIsSuccessWithStatsAndNoError() {
        TransferResult result = TransferClassifier.classify(exit(0, STATS, ""), false);

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.error()).isNull();
        assertThat(result.stats().filesTotal()).isEqualTo(3);
        assertThat(result.stats().bytesTransferred()).isEqualTo(10);
    }

    @Test
    void twentyThreeAndTwentyFourArePartialWithWarningsKept() {
        String stderr = "file has vanished: \"/srv/tmp/x\"\n"
                + "rsync warning: some files vanished before they could be transferred (code 24) at main.c(1865) [generator=3.5.0]\n";

        TransferResult vanished = TransferClassifier.classify(exit(24, STATS, stderr), false);
        TransferResult error = TransferClassifier.classify(exit(23, STATS,
                "rsync: [sender] send_files failed to open \"/srv/secret\": Permission denied (13)\n"), false);

        assertThat(vanished.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(vanished.error()).isEqualTo("rsync exit 24 (partial transfer due to vanished source files): file has vanished: \"/srv/tmp/x\"");
        assertThat(vanished.warnings()).hasSize(2);
        assertThat(error.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(error.error()).contains("Permission denied");
    }

    @Test
    void partialWithNothingReadIsAFailure() {
        String stderr = "rsync: [sender] change_dir \"/nope\" failed: No such file or directory (2)\n"
                + "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1394) [sender=3.5.0]\n";

        TransferResult result = TransferClassifier.classify(exit(23, "Number of files: 0\n", stderr), false);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error()).contains("change_dir \"/nope\" failed").contains("nothing was transferred");
    }

    @Test
    void otherCodesFailWithTheirMeaningAndTheFirstUsefulLine() {
        String stderr = "sudo: a password is required\n"
                + "rsync: connection unexpectedly closed (0 bytes received so far) [Receiver]\n"
                + "rsync error: error in rsync protocol data stream (code 12) at io.c(285) [Receiver=3.5.0]\n";

        TransferResult result = TransferClassifier.classify(exit(12, "", stderr), false);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.exitCode()).isEqualTo(12);
        assertThat(result.error()).isEqualTo("rsync exit 12 (error in rsync protocol data stream): sudo: a password is required");
        assertThat(TransferClassifier.classify(exit(30, "", "rsync error: timeout in data send/receive (code 30)\n"), false).error())
                .isEqualTo("rsync exit 30 (timeout in data send/receive): rsync error: timeout in data send/receive (code 30)");
        assertThat(TransferClassifier.classify(exit(137, "", ""), false).error()).isEqualTo("rsync exit 137 (killed by signal 9)");
    }

    @Test
    void aChangedHostKeySaysHostKeyAndNamesTheFile() {
        TransferResult result = TransferClassifier.classify(exit(12, "", CHANGED_KEY), false, Path.of("/etc/planb/known hosts"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error()).startsWith("host key of [127.0.0.1]:41369 does not match the pinned key")
                .contains("known_hosts: /etc/planb/known hosts, pinned in /etc/planb/known hosts line 1")
                .doesNotContain("planb hostkey");
        assertThat(TransferClassifier.isHostKeyError(result.error())).isTrue();
        assertThat(TransferClassifier.isHostKeyError("rsync exit 23: some files vanished")).isFalse();
    }

    @Test
    void anUnknownHostKeyIsNamedToo() {
        String stderr = "No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\n"
                + "Host key verification failed.\n";

        String error = TransferClassifier.classify(exit(255, "", stderr), false, Path.of("/k")).error();

        assertThat(error).isEqualTo("no ED25519 host key of [127.0.0.1]:2222 is pinned in /k");
        assertThat(TransferClassifier.isHostKeyError(error)).isTrue();
    }

    @Test
    void sshConnectionProblemsAreReportedAsSsh() {
        String refused = "ssh: connect to host 127.0.0.1 port 1: Connection refused\n"
                + "rsync: connection unexpectedly closed (0 bytes received so far) [Receiver]\n";
        String denied = "remotebackup@web01: Permission denied (publickey).\n";

        assertThat(TransferClassifier.classify(exit(255, "", refused), false).error())
                .isEqualTo("ssh: connect to host 127.0.0.1 port 1: Connection refused");
        assertThat(TransferClassifier.classify(exit(255, "", denied), false).error())
                .isEqualTo("ssh: remotebackup@web01: Permission denied (publickey).");
    }

    @Test
    void timeoutsAndInterruptsFailWithoutAnExitCode() {
        TransferResult timedOut = TransferClassifier.classify(new ExecResult(-1, true, "", ""), false);
        TransferResult interrupted = TransferClassifier.interrupted();

        assertThat(timedOut.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(timedOut.exitCode()).isEqualTo(-1);
        assertThat(timedOut.error()).contains("timed out");
        assertThat(interrupted.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(interrupted.error()).contains("interrupted");
        assertThat(interrupted.stats()).isEqualTo(RsyncStats.NONE);
    }
}
