package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.exec.OutputHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the do-not-run probe ({@code find}) and rsync with canned results, streaming their
 * lines to the handler as a real runner does, and records what ran.
 */
final class FakeCommandRunner implements CommandRunner {

    /** What {@code rsync --stats} prints, in the numbers {@link #rsyncStats} uses. */
    static final String STATS = String.join("\n",
            "Number of files: 12 (reg: 10, dir: 2)",
            "Number of created files: 1",
            "Number of deleted files: 0",
            "Number of regular files transferred: 3",
            "Total file size: 1,234 bytes",
            "Total transferred file size: 456 bytes",
            "Literal data: 456 bytes",
            "Matched data: 0 bytes",
            "Total bytes sent: 789",
            "Total bytes received: 42",
            "");

    final List<Command> commands = new ArrayList<>();
    ExecResult probe = new ExecResult(0, false, "", "");
    ExecResult rsync = new ExecResult(0, false, STATS, "");
    /** Results of the rsync runs after the first, in order; {@link #rsync} when used up. */
    final List<ExecResult> laterRsyncs = new ArrayList<>();
    /** Set to make rsync "run" until interrupted, as a real one stopped by Ctrl-C. */
    boolean rsyncBlocksUntilInterrupted;
    /**
     * Hand back only the first 64 characters of rsync's stdout in the result, as a runner whose
     * bounded capture filled up with progress lines does; the handler still sees every line.
     */
    boolean captureOnlyTheHead;
    private int rsyncRuns;

    @Override
    public ExecResult run(Command command, OutputHandler output) throws InterruptedException {
        commands.add(command);
        boolean isRsync = command.argv().contains("rsync");
        ExecResult result = probe;
        if (isRsync) {
            result = rsyncRuns > 0 && rsyncRuns <= laterRsyncs.size() ? laterRsyncs.get(rsyncRuns - 1) : rsync;
            rsyncRuns++;
        }
        if (isRsync && rsyncBlocksUntilInterrupted) {
            Thread.sleep(60_000);
            throw new AssertionError("rsync was not interrupted");
        }
        // String.lines() ends a line at \n, \r or \r\n, as the real runners do
        result.stdout().lines().forEach(output::stdout);
        result.stderr().lines().forEach(output::stderr);
        if (isRsync && captureOnlyTheHead) {
            String head = result.stdout().substring(0, Math.min(64, result.stdout().length()));
            return new ExecResult(result.exitCode(), result.timedOut(), head, result.stderr());
        }
        return result;
    }

    List<Command> rsyncs() {
        return commands.stream().filter(c -> c.argv().contains("rsync")).toList();
    }

    boolean ranRsync() {
        return commands.stream().anyMatch(c -> c.argv().contains("rsync"));
    }
}
