package io.jenkins.plugins.planb.summary;

import hudson.Util;
import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A host's {@link HostSummary} as the pages and list columns show it: words, Jenkins' status
 * icons, ages relative to one moment, and a sort key for every sortable cell (Jenkins' table
 * sorting reads a cell's {@code data} attribute, and sorts numerically when it is a number).
 */
public final class HostSummaryView {

    /** The sort key of "never": after every real age, and still an exact JavaScript number. */
    static final long NEVER = 9_007_199_254_740_991L;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final HostSummary summary;
    private final long now;

    public HostSummaryView(HostSummary summary, long now) {
        this.summary = summary;
        this.now = now;
    }

    public HostSummary getSummary() {
        return summary;
    }

    public HostSummary.State getState() {
        return summary.state();
    }

    public String getStateText() {
        return switch (summary.state()) {
            case OK -> Messages.HostSummaryView_StateOk();
            case PARTIAL -> Messages.HostSummaryView_StatePartial();
            case FAILING -> Messages.HostSummaryView_StateFailing();
            case NEVER_SUCCEEDED -> Messages.HostSummaryView_StateNeverSucceeded();
            case NEVER_RUN -> Messages.HostSummaryView_StateNeverRun();
        };
    }

    /** Jenkins' own status symbol for the state, as its status column shows a job's last build. */
    public String getStatusIcon() {
        return "symbol-status-" + switch (summary.state()) {
            case OK -> "blue";
            case PARTIAL -> "yellow";
            case FAILING, NEVER_SUCCEEDED -> "red";
            case NEVER_RUN -> "nobuilt";
        };
    }

    /** Worst first when sorted descending: never succeeded, failing, partial, never run, OK. */
    public int getSeverity() {
        return switch (summary.state()) {
            case OK -> 0;
            case NEVER_RUN -> 1;
            case PARTIAL -> 2;
            case FAILING -> 3;
            case NEVER_SUCCEEDED -> 4;
        };
    }

    public boolean isEverSucceeded() {
        return summary.lastSuccessAt() >= 0;
    }

    /** "3 hr 12 min" since the last snapshot, or "never". */
    public String getLastSuccessAge() {
        return age(summary.lastSuccessAt());
    }

    /** Seconds since the last snapshot; {@link #NEVER} without one. */
    public long getLastSuccessAgeSeconds() {
        return summary.lastSuccessAt() < 0 ? NEVER : Math.max(0, now - summary.lastSuccessAt()) / 1000;
    }

    public String getLastSuccessTime() {
        return time(summary.lastSuccessAt());
    }

    public String getFirstSuccessTime() {
        return time(summary.firstSuccessAt());
    }

    public String getFirstSuccessAge() {
        return age(summary.firstSuccessAt());
    }

    public String getLastRunTime() {
        return time(summary.lastRunAt());
    }

    public String getLastRunAge() {
        return age(summary.lastRunAt());
    }

    /** The last attempt's outcome (SUCCESS, PARTIAL, FAILED), or "" when there was none. */
    public String getLastOutcome() {
        Outcome outcome = summary.lastOutcome();
        return outcome == null ? "" : outcome.name();
    }

    /** The first line of the last attempt's error, at most 300 characters; "" without one. */
    public String getLastErrorLine() {
        return firstLine(summary.lastError(), 300);
    }

    public boolean isFailing() {
        return summary.isFailing();
    }

    public String getFailingSinceTime() {
        return time(summary.failingSince());
    }

    public int getFailuresSinceSuccess() {
        return summary.failuresSinceSuccess();
    }

    public String getLastDuration() {
        return duration(summary.lastDurationMillis());
    }

    public long getLastDurationMillis() {
        return summary.lastDurationMillis();
    }

    public String getAverageDuration() {
        return duration(summary.averageSuccessMillis());
    }

    public int getAveragedRuns() {
        return summary.recentSuccessMillis().size();
    }

    public String getUsed() {
        return bytes(summary.usedBytes());
    }

    public long getUsedBytes() {
        return summary.usedBytes();
    }

    public String getReferenced() {
        return bytes(summary.referencedBytes());
    }

    public String getSnapshotSpace() {
        return bytes(summary.snapshotBytes());
    }

    /** The count, or "?" when no run has counted the snapshots yet. */
    public String getSnapshotCount() {
        return summary.snapshotCount() < 0 ? "?" : Integer.toString(summary.snapshotCount());
    }

    public int getSnapshotCountSortKey() {
        return summary.snapshotCount();
    }

    /** When the state was computed from. */
    public long getNow() {
        return now;
    }

    private String age(long at) {
        return at < 0 ? Messages.HostSummaryView_Never()
                : Messages.HostSummaryView_Ago(Util.getTimeSpanString(Math.max(0, now - at)));
    }

    public static String time(long at) {
        return at < 0 ? "" : TIME.format(Instant.ofEpochMilli(at));
    }

    static String duration(long millis) {
        return millis < 0 ? "" : Util.getTimeSpanString(millis);
    }

    static String bytes(long bytes) {
        return bytes < 0 ? "?" : Units.bytes(bytes);
    }

    public static String firstLine(String text, int max) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }
}
