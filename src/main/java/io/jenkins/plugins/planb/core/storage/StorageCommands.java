package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the storage's commands through the engine's {@link CommandRunner}, optionally behind
 * {@code sudo -n} (non-interactive: a missing sudoers entry fails at once instead of waiting
 * for a password nobody will type).
 */
final class StorageCommands {

    private final CommandRunner runner;
    private final boolean sudo;

    StorageCommands(CommandRunner runner, boolean sudo) {
        this.runner = runner;
        this.sudo = sudo;
    }

    /** The argv as it will really run, with the sudo prefix when configured. */
    List<String> argv(List<String> argv) {
        if (!sudo) {
            return List.copyOf(argv);
        }
        List<String> prefixed = new ArrayList<>(argv.size() + 2);
        prefixed.add("sudo");
        prefixed.add("-n");
        prefixed.addAll(argv);
        return prefixed;
    }

    /** Runs the command and returns what it left, whatever its exit code. */
    ExecResult run(List<String> argv) throws IOException, InterruptedException {
        return runner.run(Command.of(argv(argv)));
    }

    /** Runs the command as the invoking user, without sudo even when sudo is configured. */
    ExecResult runUnprivileged(List<String> argv) throws IOException, InterruptedException {
        return runner.run(Command.of(List.copyOf(argv)));
    }

    boolean sudo() {
        return sudo;
    }

    /** Runs the command and fails with its first error line unless it exits 0. */
    ExecResult check(List<String> argv, String doing) throws StorageException, IOException, InterruptedException {
        ExecResult result = run(argv);
        if (!result.succeeded()) {
            throw failure(doing, result);
        }
        return result;
    }

    static StorageException failure(String doing, ExecResult result) {
        String detail = result.timedOut() ? "timed out" : result.firstErrorLine();
        if (detail.isEmpty()) {
            detail = "exit code " + result.exitCode();
        }
        return new StorageException("cannot " + doing + ": " + detail);
    }

    /** Non-empty lines of stdout. */
    static List<String> lines(ExecResult result) {
        List<String> lines = new ArrayList<>();
        for (String line : result.stdout().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
