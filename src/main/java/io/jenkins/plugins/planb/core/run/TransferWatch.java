package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.Durations;
import io.jenkins.plugins.planb.core.transport.TransferProgress;
import java.time.Duration;
import java.util.Optional;

/**
 * The limits and the progress of one rsync, as plain arithmetic on a monotonic clock (nanoseconds,
 * as {@link System#nanoTime}), so every rule here is tested without waiting; {@link TransferMonitor}
 * runs it on a thread.
 *
 * <ul>
 *   <li><b>Stall limit</b>: a transfer that reports no progress for {@code stallLimit} has
 *   stalled. Progress is anything rsync moves: bytes, a file sent, a file checked (an unchanged
 *   tree moves no bytes, but its files are checked), or any other line it prints. Not rsync's
 *   own {@code --timeout}: that counts keep-alives, so a sending rsync that is stopped, or stuck
 *   reading a hung disk, never ends the transfer.</li>
 *   <li><b>Maximum run time</b>: measured from the start of the run, not of this rsync, so a
 *   second pass gets only what is left.</li>
 *   <li><b>Progress lines</b>: where no live line can be drawn, one line every
 *   {@code progressInterval}.</li>
 * </ul>
 *
 * <p>{@link Duration#ZERO} turns a limit or the lines off. Not thread-safe: {@link TransferMonitor}
 * synchronizes.
 */
final class TransferWatch {

    /** Which limit ended a transfer, and the error the run records. */
    record Stop(String limit, String error) {}

    private final Duration stallLimit;
    private final Duration maxRunTime;
    private final Duration progressInterval;
    private final long runStartNanos;
    private final long startNanos;
    private long lastMoveNanos;
    private long lastLineNanos;
    private TransferProgress progress;

    /**
     * @param runStartNanos when the run began (for the maximum run time)
     * @param nowNanos      when this rsync starts (for the stall limit and the lines)
     */
    TransferWatch(Duration stallLimit, Duration maxRunTime, Duration progressInterval, long runStartNanos,
            long nowNanos) {
        this.stallLimit = stallLimit;
        this.maxRunTime = maxRunTime;
        this.progressInterval = progressInterval;
        this.runStartNanos = runStartNanos;
        this.startNanos = nowNanos;
        this.lastMoveNanos = nowNanos;
        this.lastLineNanos = nowNanos;
    }

    /** A progress report from rsync; resets the stall clock when something moved. */
    void progress(TransferProgress report, long nowNanos) {
        if (report.movedSince(progress)) {
            lastMoveNanos = nowNanos;
        }
        progress = report;
    }

    /** Any other line rsync printed: it is doing something. */
    void output(long nowNanos) {
        lastMoveNanos = nowNanos;
    }

    Optional<TransferProgress> lastProgress() {
        return Optional.ofNullable(progress);
    }

    /** The limit this transfer has passed at {@code nowNanos}, if any; the maximum run time first. */
    Optional<Stop> check(long nowNanos) {
        if (isSet(maxRunTime) && nowNanos - runStartNanos >= maxRunTime.toNanos()) {
            return Optional.of(new Stop("maxRunTime", "timed out: the run reached its maximum run time of "
                    + Durations.format(maxRunTime) + " (maxRunTime); rsync was stopped after "
                    + elapsed(nowNanos) + " and its processes killed"));
        }
        long silent = nowNanos - lastMoveNanos;
        if (isSet(stallLimit) && silent >= stallLimit.toNanos()) {
            return Optional.of(new Stop("stallTimeout", "stalled: no data moved for "
                    + Durations.format(Duration.ofNanos(silent)) + " (stall limit " + Durations.format(stallLimit)
                    + ", stallTimeout); rsync was stopped after " + elapsed(nowNanos) + " and its processes killed"));
        }
        return Optional.empty();
    }

    /** The next periodic progress line, when one is due at {@code nowNanos}; empty when not (or turned off). */
    Optional<String> progressLine(long nowNanos) {
        if (!isSet(progressInterval) || nowNanos - lastLineNanos < progressInterval.toNanos()) {
            return Optional.empty();
        }
        lastLineNanos = nowNanos;
        StringBuilder line = new StringBuilder(progress == null ? "no progress reported yet" : progress.describe());
        Duration silent = Duration.ofNanos(nowNanos - lastMoveNanos);
        if (progress != null && silent.compareTo(progressInterval) >= 0) {
            line.append("; nothing moved for ").append(Durations.format(silent));
        }
        return Optional.of(line.append(" [").append(elapsed(nowNanos)).append(']').toString());
    }

    /**
     * How long the monitor may sleep between checks: a tenth of the shortest limit or interval,
     * between 10 ms and 1 s, so a limit is noticed within a tenth of itself.
     */
    Duration tick() {
        Duration tick = Duration.ofSeconds(1);
        for (Duration limit : new Duration[] {stallLimit, maxRunTime, progressInterval}) {
            if (isSet(limit) && limit.dividedBy(10).compareTo(tick) < 0) {
                tick = limit.dividedBy(10);
            }
        }
        return tick.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10) : tick;
    }

    /** Whether anything needs watching at all. */
    boolean watchesAnything() {
        return isSet(stallLimit) || isSet(maxRunTime) || isSet(progressInterval);
    }

    private String elapsed(long nowNanos) {
        return Durations.format(Duration.ofSeconds(Duration.ofNanos(nowNanos - startNanos).toSeconds()));
    }

    private static boolean isSet(Duration limit) {
        return limit != null && !limit.isZero() && !limit.isNegative();
    }
}
