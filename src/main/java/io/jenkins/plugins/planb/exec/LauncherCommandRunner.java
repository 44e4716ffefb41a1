package io.jenkins.plugins.planb.exec;

import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.exec.OutputHandler;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the engine's commands on the node the {@link Launcher} belongs to (the storage agent),
 * never on the controller. Launches are quiet: the engine shows each command itself, through
 * {@link BuildRunLog}, with secrets masked. An interrupt (the build was aborted) kills the process
 * tree on the agent and is passed on, so rsync never outlives the build.
 */
public final class LauncherCommandRunner implements CommandRunner {

    /** How much of each stream the engine gets back in {@link ExecResult}; the log gets everything. */
    static final int CAPTURE_LIMIT = 1024 * 1024;

    private final Launcher launcher;
    private final TaskListener listener;
    private final FilePath workingDirectory;

    /**
     * @param workingDirectory where commands start on the agent; {@code null} for the agent's own
     */
    public LauncherCommandRunner(Launcher launcher, TaskListener listener, FilePath workingDirectory) {
        this.launcher = launcher;
        this.listener = listener;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public ExecResult run(Command command, OutputHandler output) throws IOException, InterruptedException {
        LineSplittingOutputStream stdout = new LineSplittingOutputStream(output::stdout, CAPTURE_LIMIT);
        LineSplittingOutputStream stderr = new LineSplittingOutputStream(output::stderr, CAPTURE_LIMIT);
        Launcher.ProcStarter starter = launcher.launch()
                .cmds(command.argv())
                .stdout(stdout)
                .stderr(stderr)
                .quiet(true);
        if (workingDirectory != null) {
            starter = starter.pwd(workingDirectory);
        }
        long started = System.nanoTime();
        Proc proc = starter.start();
        int exitCode;
        boolean timedOut = false;
        try {
            if (command.timeout() == null) {
                exitCode = proc.join();
            } else {
                long limitMillis = command.timeout().toMillis();
                exitCode = proc.joinWithTimeout(limitMillis, TimeUnit.MILLISECONDS, listener);
                timedOut = System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(limitMillis);
            }
        } catch (InterruptedException e) {
            proc.kill();
            throw e;
        } finally {
            stdout.close();
            stderr.close();
        }
        return new ExecResult(timedOut ? -1 : exitCode, timedOut, stdout.captured(), stderr.captured());
    }
}
