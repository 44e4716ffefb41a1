package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The values the text and HTML reports show in their table cells, worded once for both. */
final class Cells {

    private Cells() {}

    /** {@code ok}, {@code partial}, {@code failing}, {@code never succeeded}, {@code never run}. */
    static String state(HostSummary.State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** {@code 2026-11-26T06:06Z (3h05m ago)}, or {@code never}. */
    static String lastBackup(Instant at, Instant now) {
        if (at == null) {
            return "never";
        }
        return minute(at) + " (" + Units.age(Duration.between(at, now)) + " ago)";
    }

    /** A time to the minute: {@code 2026-11-26T06:06Z}. */
    static String minute(Instant at) {
        return Timestamps.iso(at).substring(0, 16) + "Z";
    }

    /** {@code 30/0/1/0}: runs that succeeded, were partial, failed, were skipped. */
    static String runs(Map<Outcome, Integer> runs) {
        return runs.get(Outcome.SUCCESS) + "/" + runs.get(Outcome.PARTIAL) + "/" + runs.get(Outcome.FAILED) + "/"
                + runs.get(Outcome.SKIPPED);
    }

    static String duration(Duration duration) {
        return duration == null ? "-" : Units.duration(duration);
    }

    static String growth(Long bytes) {
        return bytes == null ? "-" : Units.signedBytes(bytes);
    }

    static String count(long count) {
        return count < 0 ? "?" : Long.toString(count);
    }
}
