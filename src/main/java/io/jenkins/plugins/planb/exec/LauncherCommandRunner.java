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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** POSIX {@code env}, at the same place on every Linux distribution. */
    static final String ENV = "/usr/bin/env";

    private final Launcher launcher;
    private final TaskListener listener;
    private final FilePath workingDirectory;
    private final Map<String, String> environment;

    /**
     * @param workingDirectory where commands start on the agent; {@code null} for the agent's own
     * @param environment      the build's environment (node and global variables such as
     *                         {@code PATH+SBIN}, Pipeline {@code withEnv}, the build cookie that
     *                         lets Jenkins find stray processes); {@code null} outside a build
     */
    public LauncherCommandRunner(Launcher launcher, TaskListener listener, FilePath workingDirectory,
            Map<String, String> environment) {
        this.launcher = launcher;
        this.listener = listener;
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    @Override
    public ExecResult run(Command command, OutputHandler output) throws IOException, InterruptedException {
        LineSplittingOutputStream stdout = new LineSplittingOutputStream(output::stdout, CAPTURE_LIMIT);
        LineSplittingOutputStream stderr = new LineSplittingOutputStream(output::stderr, CAPTURE_LIMIT);
        Launcher.ProcStarter starter = launcher.launch()
                .cmds(argv(command.argv(), environment))
                .stdout(stdout)
                .stderr(stderr)
                .quiet(true);
        if (workingDirectory != null) {
            starter = starter.pwd(workingDirectory);
        }
        if (environment != null) {
            starter = starter.envs(environment);
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

    /**
     * The JDK looks a bare program name up in the agent process's own PATH, not in the one it
     * hands the child, so {@code PATH+SBIN=/usr/sbin} from a node or Pipeline would not find
     * {@code zfs}. When the build's environment sets PATH, {@code env} runs the program: it searches
     * the PATH it passes on, as a shell would.
     */
    static List<String> argv(List<String> argv, Map<String, String> environment) {
        if (environment == null || !environment.containsKey("PATH") || argv.get(0).contains("/")) {
            return argv;
        }
        List<String> viaEnv = new ArrayList<>(argv.size() + 1);
        viaEnv.add(ENV);
        viaEnv.addAll(argv);
        return viaEnv;
    }
}
