package io.jenkins.plugins.planb.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM while a backup runs: interrupt the backing-up thread, so the engine kills
 * rsync and records the run as FAILED without a snapshot, and give it a moment to finish that
 * (until {@link #finish}) before the JVM exits, with the command's exit code (1 for the failed
 * run) rather than the signal's 130 or 143, as the command contract promises.
 */
final class InterruptOnShutdown implements AutoCloseable {

    /** Long enough for TERM, then KILL after the runner's grace period, plus writing the record. */
    static final Duration GRACE = Duration.ofSeconds(15);

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int exitCode = 1;

    private InterruptOnShutdown(Thread worker) {
        this.hook = new Thread(() -> {
            if (finished.getCount() == 0) {
                return;
            }
            worker.interrupt();
            try {
                // Not worker.join(): after close() the worker goes on to System.exit, which blocks
                // while hooks run, so it would never end.
                if (finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    System.out.flush();
                    System.err.flush();
                    Runtime.getRuntime().halt(exitCode);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "planb-interrupt-on-shutdown");
    }

    static InterruptOnShutdown install() {
        InterruptOnShutdown guard = new InterruptOnShutdown(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** The runs are over: the exit code the command ends with, also when a signal stopped it. */
    void finish(int code) {
        exitCode = code;
        finished.countDown();
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it sees the latch open and lets the JVM exit
        }
    }
}
