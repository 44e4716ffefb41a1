package io.jenkins.plugins.planb.exec;

import io.jenkins.plugins.planb.core.run.RunLog;
import java.io.PrintStream;
import java.util.List;

/**
 * The engine's {@link RunLog} written to a build log: commands as {@code $ …} lines and
 * everything masked, so no secret reaches the console even if a command or its output echoes one.
 */
public final class BuildRunLog implements RunLog {

    private final PrintStream out;
    private final SecretMasker masker;

    public BuildRunLog(PrintStream out, SecretMasker masker) {
        this.out = out;
        this.masker = masker;
    }

    @Override
    public synchronized void info(String message) {
        out.println("[planb] " + masker.mask(message));
    }

    @Override
    public synchronized void warn(String message) {
        out.println("[planb] WARNING: " + masker.mask(message));
    }

    @Override
    public synchronized void command(List<String> argv) {
        out.println(masker.commandLine(argv));
    }

    @Override
    public synchronized void output(String line) {
        out.println(masker.mask(line));
    }
}
