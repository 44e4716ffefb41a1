package io.jenkins.plugins.planb.core.transport;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The old PlanB's pre-flight check: any file in {@value #DIRECTORY} on the backed-up host
 * asks PlanB to skip this run (for example while a local database dump is being written).
 *
 * <p>Over ssh the remote command is the fixed string {@value #REMOTE_COMMAND}: ssh hands a
 * command to the remote user's shell, so it must never contain a configuration value, and
 * {@code || true} keeps a missing directory (the normal case) from looking like a failure.
 * For {@link TransportKind#LOCAL} the same {@code find} runs as an argv on this machine.
 *
 * <p>Verdicts: names printed → {@link Verdict.Kind#SKIP} with the names; nothing printed →
 * {@link Verdict.Kind#RUN}; ssh could not connect (exit 255) → {@link Verdict.Kind#FAIL}
 * with the ssh problem (so a changed host key is reported before rsync even starts); any other
 * failure of the probe itself (a forced command that allows only rsync, say) →
 * {@link Verdict.Kind#RUN} with a warning, since the probe is advisory.
 */
public final class DoNotRunProbe {

    public static final String DIRECTORY = "/var/lib/planb/do-not-run.d";
    public static final String REMOTE_COMMAND = "find " + DIRECTORY + " -type f 2>/dev/null || true";
    static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    /**
     * What the probe found.
     *
     * @param kind    run, skip or fail
     * @param message why (the marker files for SKIP, the ssh problem for FAIL, a warning or
     *                {@code null} for RUN)
     */
    public record Verdict(Kind kind, String message) {
        public enum Kind { RUN, SKIP, FAIL }
    }

    private DoNotRunProbe() {}

    /** The probe command for {@code host}, with a wall-clock limit. */
    public static Command command(HostSpec host) {
        List<String> argv = new ArrayList<>();
        if (host.transport() == TransportKind.LOCAL) {
            argv.addAll(List.of("find", DIRECTORY, "-type", "f"));
        } else {
            argv.addAll(SshOptions.argv(host));
            argv.add(SshOptions.checkedAddress(host.address()));
            argv.add(REMOTE_COMMAND);
        }
        return new Command(argv, TIME_LIMIT);
    }

    /** Reads the probe's result; {@code host} supplies the transport and the known_hosts file. */
    public static Verdict interpret(HostSpec host, ExecResult result) {
        List<String> markers = result.stdout().lines().filter(line -> !line.isBlank()).toList();
        if (!markers.isEmpty()) {
            return new Verdict(Verdict.Kind.SKIP, "do-not-run marker present on the host: " + String.join(", ", markers));
        }
        if (result.timedOut()) {
            return new Verdict(Verdict.Kind.FAIL, "do-not-run probe timed out after " + TIME_LIMIT.toSeconds() + " s");
        }
        if (result.exitCode() == 0) {
            return new Verdict(Verdict.Kind.RUN, null);
        }
        if (host.transport() == TransportKind.SSH && result.exitCode() == RsyncExitCodes.SSH_FAILURE) {
            String problem = TransferClassifier.sshProblem(result.stderr(), host.knownHostsFile())
                    .orElse("ssh exit 255: " + result.firstErrorLine());
            return new Verdict(Verdict.Kind.FAIL, problem);
        }
        if (host.transport() == TransportKind.LOCAL && result.stderr().contains("No such file or directory")) {
            return new Verdict(Verdict.Kind.RUN, null);
        }
        return new Verdict(Verdict.Kind.RUN, "do-not-run probe failed (exit " + result.exitCode() + ": "
                + result.firstErrorLine() + "); backing up anyway");
    }
}
