package io.jenkins.plugins.planb.core.history;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One host's runs, oldest first, and what reports, monitoring and the Jenkins pages derive from
 * them. Every front end (the command's run records, the Jenkins builds) builds one of these, so
 * "last success", "failing since" and "average duration" mean the same everywhere.
 *
 * <p>Skipped runs (a do-not-run marker, a run already going) say nothing about whether the host
 * is backed up: they count in {@link #count(Outcome)} but never end or start a failure period
 * and never enter the durations.
 */
public final class RunHistory {

    private final HostId host;
    private final List<RunRecord> runs;

    private RunHistory(HostId host, List<RunRecord> runs) {
        this.host = host;
        this.runs = runs;
    }

    /** The runs of {@code host}, in any order; runs of other hosts are an error. */
    public static RunHistory of(HostId host, Collection<RunRecord> runs) {
        List<RunRecord> sorted = new ArrayList<>(runs);
        for (RunRecord run : sorted) {
            if (!run.host().equals(host)) {
                throw new IllegalArgumentException("run of " + run.host() + " in the history of " + host);
            }
        }
        sorted.sort(Comparator.comparing(RunRecord::startedAt));
        return new RunHistory(host, List.copyOf(sorted));
    }

    public HostId host() {
        return host;
    }

    /** Oldest first. */
    public List<RunRecord> runs() {
        return runs;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The whole history folded into the values a host list shows. */
    public HostSummary summary() {
        HostSummary summary = HostSummary.NEVER_RUN;
        for (RunRecord run : runs) {
            summary = summary.after(run);
        }
        return summary;
    }

    /** The runs that started at or after {@code since}. */
    public RunHistory since(Instant since) {
        return new RunHistory(host, runs.stream().filter(run -> !run.startedAt().isBefore(since)).toList());
    }

    public Optional<RunRecord> last() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** The newest run that was not skipped: what the host's state is. */
    public Optional<RunRecord> lastAttempt() {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).outcome() != Outcome.SKIPPED) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<RunRecord> lastSuccess() {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).outcome().snapshotTaken()) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    /** The oldest run in this history that took a snapshot. */
    public Optional<RunRecord> firstSuccess() {
        return runs.stream().filter(run -> run.outcome().snapshotTaken()).findFirst();
    }

    public Optional<RunRecord> lastFailure() {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).outcome() == Outcome.FAILED) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The failed runs since the last snapshot, oldest first; empty when the host is not failing
     * (its newest attempt took a snapshot, or it never failed).
     */
    public List<RunRecord> currentFailures() {
        List<RunRecord> failures = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            RunRecord run = runs.get(i);
            if (run.outcome().snapshotTaken()) {
                break;
            }
            if (run.outcome() == Outcome.FAILED) {
                failures.add(0, run);
            }
        }
        return failures;
    }

    /** When the first failure after the last snapshot started; empty when the host is not failing. */
    public Optional<Instant> failingSince() {
        List<RunRecord> failures = currentFailures();
        return failures.isEmpty() ? Optional.empty() : Optional.of(failures.get(0).startedAt());
    }

    public int count(Outcome outcome) {
        return (int) runs.stream().filter(run -> run.outcome() == outcome).count();
    }

    /** Every outcome with its count, zeros included, in the enum's order. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, count(outcome));
        }
        return counts;
    }

    /** The mean wall time of the runs that took a snapshot; empty when none did. */
    public Optional<Duration> averageSuccessDuration() {
        List<RunRecord> successes = runs.stream().filter(run -> run.outcome().snapshotTaken()).toList();
        if (successes.isEmpty()) {
            return Optional.empty();
        }
        long total = successes.stream().mapToLong(RunRecord::durationMillis).sum();
        return Optional.of(Duration.ofMillis(total / successes.size()));
    }

    /** The longest wall time of any run that was not skipped, failures included. */
    public Optional<Duration> longestDuration() {
        return runs.stream()
                .filter(run -> run.outcome() != Outcome.SKIPPED)
                .map(run -> Duration.ofMillis(run.durationMillis()))
                .max(Comparator.naturalOrder());
    }

    /**
     * The space the host took after each run that measured it ({@code sizes().used() >= 0}),
     * oldest first: what the charts of space over time draw.
     */
    public List<SpacePoint> space() {
        return runs.stream()
                .filter(run -> run.sizes().used() >= 0)
                .map(run -> new SpacePoint(run.finishedAt(), run.sizes().used(), run.sizes().referenced()))
                .toList();
    }

    /**
     * How much the host's space grew over this history: the newest measurement minus the oldest;
     * empty with fewer than two measurements.
     */
    public Optional<Long> growthBytes() {
        List<SpacePoint> points = space();
        if (points.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(points.get(points.size() - 1).usedBytes() - points.get(0).usedBytes());
    }

    /**
     * Space after one run.
     *
     * @param at              when the run finished
     * @param usedBytes       everything the host's dataset and its snapshots take
     * @param referencedBytes what the live copy refers to ({@code -1} if unknown)
     */
    public record SpacePoint(Instant at, long usedBytes, long referencedBytes) {}
}
