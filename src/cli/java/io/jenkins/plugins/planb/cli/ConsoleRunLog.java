package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.run.RunLog;
import java.io.PrintStream;
import java.util.List;

/**
 * The run's log on the terminal's stderr, a line at a time as it happens, so stdout carries only
 * the data (and stays parseable with {@code --json}).
 */
final class ConsoleRunLog implements RunLog {

    private final PrintStream err;
    private final boolean quietOutput;

    /**
     * @param quietOutput leave out the commands' own output lines (rsync's {@code --stats} block),
     *                    keeping PlanB's own lines and warnings
     */
    ConsoleRunLog(PrintStream err, boolean quietOutput) {
        this.err = err;
        this.quietOutput = quietOutput;
    }

    @Override
    public synchronized void info(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public synchronized void warn(String message) {
        err.println("WARNING: " + message);
        err.flush();
    }

    @Override
    public synchronized void command(List<String> argv) {
        err.println("$ " + ShellQuoting.join(argv));
        err.flush();
    }

    @Override
    public synchronized void output(String line) {
        if (!quietOutput) {
            err.println("  " + line);
            err.flush();
        }
    }
}
