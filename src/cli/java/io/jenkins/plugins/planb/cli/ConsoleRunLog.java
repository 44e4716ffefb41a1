package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.RunLog;
import io.jenkins.plugins.planb.core.transport.TransferProgress;
import java.io.PrintStream;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The run's log on the terminal's stderr, a line at a time as it happens, so stdout carries only
 * the data (and stays parseable with {@code --json}).
 *
 * <p>On a terminal ({@code live}) the transfer's progress is one line per host, redrawn in place
 * with {@code \r} at most {@value #REDRAWS_PER_SECOND} times a second and cleared before any
 * other line and when the transfer ends. Elsewhere (a pipe, a file, {@code --json}) the engine
 * writes a progress line every {@code progressInterval} through {@link #info} instead.
 */
final class ConsoleRunLog implements RunLog {

    static final int REDRAWS_PER_SECOND = 5;

    private final PrintStream err;
    private final boolean quietOutput;
    private final boolean live;
    private final int width;
    private final LongSupplier nanoTime;
    /** Length of the live line on screen; 0 when there is none. */
    private int shown;
    private long lastDrawNanos;

    /**
     * @param quietOutput leave out the commands' own output lines (rsync's {@code --stats} block),
     *                    keeping PlanB's own lines and warnings
     */
    ConsoleRunLog(PrintStream err, boolean quietOutput) {
        this(err, quietOutput, false, 80, System::nanoTime);
    }

    /**
     * @param live  draw the progress as one line redrawn in place (stderr is a terminal)
     * @param width the terminal's width; the live line is cut to fit, or it would wrap and
     *              leave a trail instead of being redrawn
     */
    ConsoleRunLog(PrintStream err, boolean quietOutput, boolean live, int width, LongSupplier nanoTime) {
        this.err = err;
        this.quietOutput = quietOutput;
        this.live = live;
        this.width = Math.max(20, width);
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void info(String message) {
        clearLive();
        err.println(message);
        err.flush();
    }

    @Override
    public synchronized void warn(String message) {
        clearLive();
        err.println("WARNING: " + message);
        err.flush();
    }

    @Override
    public synchronized void command(List<String> argv) {
        clearLive();
        err.println("$ " + ShellQuoting.join(argv));
        err.flush();
    }

    @Override
    public synchronized void output(String line) {
        if (!quietOutput) {
            clearLive();
            err.println("  " + line);
            err.flush();
        }
    }

    @Override
    public boolean showsProgressLive() {
        return live;
    }

    @Override
    public synchronized void progress(HostId host, TransferProgress progress) {
        if (!live) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (shown > 0 && now - lastDrawNanos < 1_000_000_000L / REDRAWS_PER_SECOND) {
            return;
        }
        lastDrawNanos = now;
        String line = host + ": " + progress.describe();
        if (line.length() > width - 1) {
            line = line.substring(0, width - 2) + "…";
        }
        StringBuilder draw = new StringBuilder("\r").append(line);
        for (int i = line.length(); i < shown; i++) {
            draw.append(' '); // cover the rest of a longer line before
        }
        err.print(draw);
        err.flush();
        shown = line.length();
    }

    @Override
    public synchronized void progressDone(HostId host) {
        clearLive();
        err.flush();
    }

    private void clearLive() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            shown = 0;
        }
    }
}
