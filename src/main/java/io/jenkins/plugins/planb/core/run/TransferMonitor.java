package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.OutputHandler;
import io.jenkins.plugins.planb.core.transport.RsyncProgress;
import io.jenkins.plugins.planb.core.transport.TransferProgress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Watches one rsync while it runs: reads its progress out of its output, shows it (live, or a
 * line every {@code progressInterval}), keeps the other output for the classifier, and ends the
 * transfer when a {@link TransferWatch limit} is passed.
 *
 * <p>Ending means interrupting the thread that waits in {@link CommandRunner#run}: by the
 * runner's contract that kills the process tree (rsync, its ssh, its receiver) and throws
 * {@link InterruptedException}. {@link #close} stops the watching; afterwards {@link #stopped}
 * says whether this monitor did that, and the interrupt it caused is cleared from the thread.
 * An interrupt from elsewhere at the same moment (Ctrl-C, a Jenkins abort) cannot be told
 * apart and is cleared with it: the run still ends FAILED, with the limit as its error.
 */
final class TransferMonitor implements OutputHandler, AutoCloseable {

    /** Characters of rsync's other stdout kept for the classifier: the end, where {@code --stats} is. */
    static final int STDOUT_TAIL_CHARS = 256 * 1024;

    private final HostId host;
    private final RunLog log;
    private final LongSupplier nanoTime;
    private final TransferWatch watch;
    private final boolean periodicLines;
    private final RsyncProgress reader = new RsyncProgress();
    private final Deque<String> otherStdout = new ArrayDeque<>();
    private long otherStdoutChars;
    private final Thread waiter;
    private final Thread thread;
    private boolean closed;
    private boolean done;
    private TransferWatch.Stop stop;

    /**
     * Starts watching on behalf of the current thread, which is about to wait for rsync.
     *
     * @param periodicLines write a progress line every interval (the log shows none live)
     */
    TransferMonitor(HostId host, TransferWatch watch, RunLog log, LongSupplier nanoTime, boolean periodicLines) {
        this.host = host;
        this.log = log;
        this.nanoTime = nanoTime;
        this.watch = watch;
        this.periodicLines = periodicLines;
        this.waiter = Thread.currentThread();
        if (watch.watchesAnything()) {
            thread = new Thread(this::watchLoop, "planb transfer monitor " + host);
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    @Override
    public void stdout(String line) {
        Optional<TransferProgress> progress;
        synchronized (this) {
            progress = reader.accept(line);
            if (progress.isPresent()) {
                watch.progress(progress.get(), nanoTime.getAsLong());
            } else {
                watch.output(nanoTime.getAsLong());
                keep(line);
            }
        }
        if (progress.isPresent()) {
            log.progress(host, progress.get());
        } else {
            log.output(line);
        }
    }

    @Override
    public void stderr(String line) {
        synchronized (this) {
            watch.output(nanoTime.getAsLong());
        }
        log.output(line);
    }

    /** rsync's stdout without its progress lines: what the {@code --stats} parser reads. */
    synchronized String otherStdout() {
        StringBuilder text = new StringBuilder();
        for (String line : otherStdout) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /** The last progress rsync reported, if any. */
    synchronized Optional<TransferProgress> lastProgress() {
        return watch.lastProgress();
    }

    /** The limit that made this monitor end the transfer, if it did. */
    synchronized Optional<TransferWatch.Stop> stopped() {
        return Optional.ofNullable(stop);
    }

    /**
     * Stops watching. Call it on the waiting thread once {@link CommandRunner#run} has returned or
     * thrown: no interrupt comes after it, and one this monitor sent is cleared.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            closed = true;
            notifyAll();
        }
        if (thread != null) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // ours or someone's; decided below
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (stop != null) {
                Thread.interrupted();
            }
        }
        log.progressDone(host);
    }

    private void watchLoop() {
        synchronized (this) {
            while (!closed) {
                long now = nanoTime.getAsLong();
                Optional<TransferWatch.Stop> passed = watch.check(now);
                if (passed.isPresent()) {
                    stop = passed.get();
                    waiter.interrupt();
                    return;
                }
                if (periodicLines) {
                    watch.progressLine(now).ifPresent(line -> log.info(host + ": " + line));
                }
                try {
                    wait(Math.max(1, watch.tick().toMillis()));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void keep(String line) {
        otherStdout.addLast(line);
        otherStdoutChars += line.length() + 1;
        while (otherStdoutChars > STDOUT_TAIL_CHARS && otherStdout.size() > 1) {
            otherStdoutChars -= otherStdout.removeFirst().length() + 1;
        }
    }
}
