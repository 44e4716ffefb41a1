package io.jenkins.plugins.planb.core.exec;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands on this machine with {@link ProcessBuilder}: never through a shell, stdin
 * from {@code /dev/null} (so ssh can never wait for a password or a host key prompt), stdout
 * and stderr read on their own threads and handed to the {@link OutputHandler} line by line
 * as they arrive.
 *
 * <p>Captured output is bounded: the {@link ExecResult} holds the first
 * {@value #STDOUT_HEAD_CHARS} characters of stdout (where rsync's {@code --stats} summary is,
 * since we never ask it to list files) and the last {@value #STDERR_TAIL_CHARS} characters of
 * stderr (where the final error is). The handler still sees every line.
 *
 * <p>A command that outlives its {@link Command#timeout()} has its whole process tree killed
 * (descendants first, TERM then KILL after {@link #KILL_GRACE}) and ends with
 * {@code timedOut=true, exitCode=-1}. Interrupting the calling thread kills the tree the same
 * way and throws {@link InterruptedException}.
 *
 * <p>The environment is inherited with {@code LC_ALL=C}, so rsync and ssh speak English with
 * stable number formats that the transport classifier can parse.
 */
public final class ProcessCommandRunner implements CommandRunner {

    /** Characters of stdout kept in the result (the head). */
    public static final int STDOUT_HEAD_CHARS = 4 * 1024 * 1024;

    /** Characters of stderr kept in the result (the tail). */
    public static final int STDERR_TAIL_CHARS = 256 * 1024;

    /** Time between TERM and KILL when a process tree is stopped. */
    public static final Duration KILL_GRACE = Duration.ofSeconds(3);

    /**
     * How long to wait for the output readers after the process itself ended: a background
     * grandchild may keep the pipe open forever, and must not hang the run.
     */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(5);

    private final Map<String, String> extraEnvironment;

    public ProcessCommandRunner() {
        this(Map.of());
    }

    /** @param extraEnvironment variables set on top of the inherited environment and {@code LC_ALL=C} */
    public ProcessCommandRunner(Map<String, String> extraEnvironment) {
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    @Override
    public ExecResult run(Command command, OutputHandler output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command.argv());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("LC_ALL", "C");
        builder.environment().putAll(extraEnvironment);

        Process process = builder.start();
        OutputCapture.Head stdout = new OutputCapture.Head(STDOUT_HEAD_CHARS);
        OutputCapture.Tail stderr = new OutputCapture.Tail(STDERR_TAIL_CHARS);
        Thread stdoutReader = LineReader.start(process.getInputStream(), line -> {
            stdout.add(line);
            deliver(() -> output.stdout(line));
        }, "stdout of " + command.program());
        Thread stderrReader = LineReader.start(process.getErrorStream(), line -> {
            stderr.add(line);
            deliver(() -> output.stderr(line));
        }, "stderr of " + command.program());

        boolean timedOut;
        try {
            timedOut = !waitFor(process, command.timeout());
        } catch (InterruptedException interrupted) {
            ProcessTree.kill(process, KILL_GRACE);
            throw interrupted;
        }
        if (timedOut) {
            ProcessTree.kill(process, KILL_GRACE);
        }
        drain(stdoutReader);
        drain(stderrReader);
        int exitCode = timedOut ? -1 : process.exitValue();
        return new ExecResult(exitCode, timedOut, stdout.text(), stderr.text());
    }

    /** Whether the process ended within {@code limit} (a {@code null} limit waits forever). */
    private static boolean waitFor(Process process, Duration limit) throws InterruptedException {
        if (limit == null) {
            process.waitFor();
            return true;
        }
        return process.waitFor(Math.max(0, limit.toMillis()), TimeUnit.MILLISECONDS);
    }

    private static void drain(Thread reader) throws InterruptedException {
        reader.join(DRAIN_LIMIT);
    }

    /** A handler that throws must not stop the reader, or the child would block on a full pipe. */
    private static void deliver(Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException ignored) {
            // the line is still captured in the result
        }
    }
}
