package io.jenkins.plugins.planb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Whether the command talks to a person at a terminal, for the live progress line. */
final class Terminal {

    private Terminal() {}

    /**
     * A live line needs stderr, where the log goes, to be a terminal: the JVM has a console
     * (stdin and stdout are a terminal) and stderr is one too ({@code /proc/self/fd/2} names a
     * {@code /dev/pts} or {@code /dev/tty} device), and {@code TERM} is not {@code dumb}.
     */
    static boolean stderrIsInteractive(Map<String, String> env) {
        if (System.console() == null || "dumb".equals(env.get("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** {@code $COLUMNS} when the shell exported it, else 80. */
    static int width(Map<String, String> env) {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
            return columns > 0 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
