package io.jenkins.plugins.planb.core.transport;

import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a transfer ended, from rsync's exit code and what ssh and rsync wrote.
 *
 * <table>
 *   <caption>outcomes</caption>
 *   <tr><th>rsync</th><th>outcome</th></tr>
 *   <tr><td>0</td><td>SUCCESS</td></tr>
 *   <tr><td>23, 24</td><td>PARTIAL: a snapshot is taken, the error lines kept as warnings; but
 *       FAILED when {@code --stats} says not a single file, not even the root, was read</td></tr>
 *   <tr><td>anything else, an ssh failure (255), a timeout, a kill</td><td>FAILED</td></tr>
 * </table>
 *
 * <p>The {@code error} is one line an admin can act on. ssh's host key complaints become a
 * sentence that says "host key" and names the known_hosts file, since a changed key is the
 * one failure that needs a human decision ({@code planb hostkey GROUP/HOST --accept}).
 */
public final class TransferClassifier {

    /** At most this many stderr lines are kept as warnings of a PARTIAL run. */
    public static final int MAX_WARNINGS = 100;

    private static final Pattern CHANGED_FOR = Pattern.compile("Host key for (\\S+) has changed");
    private static final Pattern OFFENDING = Pattern.compile("Offending \\S+ key in (.+):(\\d+)\\s*$");
    /** ssh lists the methods it tried ("publickey,password"); rsync's file errors carry an errno. */
    private static final Pattern SSH_AUTH_DENIED = Pattern.compile("Permission denied \\([a-z-]+[,)]");
    private static final Pattern UNKNOWN = Pattern.compile("No (\\S+) host key is known for (\\S+)");

    private TransferClassifier() {}

    /** {@link #classify(ExecResult, boolean, Path)} without a known_hosts file to name. */
    public static TransferResult classify(ExecResult result, boolean interrupted) {
        return classify(result, interrupted, null);
    }

    /**
     * @param result         what the rsync command left behind
     * @param interrupted    the run was cancelled (the tree was killed by the caller)
     * @param knownHostsFile the host's known_hosts file, named in host key errors
     */
    public static TransferResult classify(ExecResult result, boolean interrupted, Path knownHostsFile) {
        RsyncStats stats = RsyncStats.parse(result.stdout());
        if (interrupted) {
            return failed(-1, "interrupted: the transfer was stopped and its processes killed", stats);
        }
        if (result.timedOut()) {
            return failed(-1, "timed out: the transfer ran past its time limit and was killed", stats);
        }
        int code = result.exitCode();
        if (code == 0) {
            return new TransferResult(Outcome.SUCCESS, 0, null, stats, List.of());
        }
        Optional<String> sshProblem = sshProblem(result.stderr(), knownHostsFile);
        if (sshProblem.isPresent()) {
            return failed(code, sshProblem.get(), stats);
        }
        String detail = firstMeaningfulLine(result.stderr());
        String summary = "rsync exit " + code + " (" + describe(code) + ")";
        String error = detail.isEmpty() ? summary : summary + ": " + detail;
        if (code == RsyncExitCodes.PARTIAL_ERROR || code == RsyncExitCodes.PARTIAL_VANISHED) {
            if (stats.filesTotal() == 0) {
                // not even the root directory was read (it is missing or unreadable): a snapshot
                // of that would be a snapshot of nothing
                return failed(code, error + " (nothing was transferred)", stats);
            }
            return new TransferResult(Outcome.PARTIAL, code, error, stats, warnings(result.stderr()));
        }
        return failed(code, error, stats);
    }

    /** The result for a run whose runner threw {@link InterruptedException}: no exit code, no output. */
    public static TransferResult interrupted() {
        return classify(new ExecResult(-1, false, "", ""), true);
    }

    /**
     * A sentence for ssh's own failures (exit 255 or rsync's 12 after ssh died), or empty when
     * the stderr shows none. Shared with the do-not-run probe, which talks to ssh directly.
     */
    public static Optional<String> sshProblem(String stderr, Path knownHostsFile) {
        String file = knownHostsFile == null ? "ssh's default known_hosts" : knownHostsFile.toString();
        Matcher changed = CHANGED_FOR.matcher(stderr);
        if (changed.find() || stderr.contains("REMOTE HOST IDENTIFICATION HAS CHANGED")) {
            String host = changed.find(0) ? changed.group(1) : "the host";
            String offending = "";
            for (String line : stderr.split("\n")) {
                Matcher at = OFFENDING.matcher(line);
                if (at.find()) {
                    offending = ", pinned in " + at.group(1) + " line " + at.group(2);
                    break;
                }
            }
            return Optional.of("host key of " + host + " does not match the pinned key (known_hosts: " + file
                    + offending + ")");
        }
        Matcher unknown = UNKNOWN.matcher(stderr);
        if (unknown.find()) {
            return Optional.of("no " + unknown.group(1) + " host key of " + unknown.group(2) + " is pinned in "
                    + file);
        }
        if (stderr.contains("Host key verification failed")) {
            return Optional.of("host key verification failed (known_hosts: " + file + ")");
        }
        for (String line : stderr.split("\n")) {
            String text = line.strip();
            if (text.startsWith("ssh: ") || SSH_AUTH_DENIED.matcher(text).find()
                    || text.startsWith("kex_exchange_identification") || text.startsWith("Connection closed by")
                    || text.startsWith("Connection timed out") || text.contains("Load key")) {
                return Optional.of("ssh: " + text.replaceFirst("^ssh: ", ""));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a run's error is one of {@link #sshProblem}'s host-key sentences (a changed or an
     * unpinned key): the failure each front end follows with its own way to pin a key.
     */
    public static boolean isHostKeyError(String error) {
        return error != null
                && (error.startsWith("host key of ") || error.startsWith("no ") && error.contains(" host key of "));
    }

    private static String describe(int code) {
        if (code > 128 && code < 160) {
            return "killed by signal " + (code - 128);
        }
        return RsyncExitCodes.meaning(code);
    }

    private static TransferResult failed(int code, String error, RsyncStats stats) {
        return new TransferResult(Outcome.FAILED, code, error, stats, List.of());
    }

    /** The first line with a letter, skipping ssh's banner art and rsync's closing summary if there is more. */
    static String firstMeaningfulLine(String stderr) {
        String fallback = "";
        for (String line : stderr.split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("@") || text.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            if (text.startsWith("rsync error:")) {
                if (fallback.isEmpty()) {
                    fallback = text;
                }
                continue;
            }
            return text;
        }
        return fallback;
    }

    private static List<String> warnings(String stderr) {
        List<String> warnings = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (!line.isBlank() && warnings.size() < MAX_WARNINGS) {
                warnings.add(line.strip());
            }
        }
        return warnings;
    }
}
