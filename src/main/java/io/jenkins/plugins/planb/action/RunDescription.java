package io.jenkins.plugins.planb.action;

import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;

/** The one line a backup build shows in the build history, e.g. {@code planb-20260101T031500Z, 1.2 MiB in 42 files}. */
public final class RunDescription {

    private RunDescription() {}

    public static String of(RunRecord record) {
        return of(record.outcome(), record.snapshot(), record.bytesTransferred(), record.filesTransferred(),
                record.error());
    }

    public static String of(Outcome outcome, String snapshot, long bytes, long files, String error) {
        return switch (outcome) {
            case SUCCESS -> snapshot + ", " + bytes(bytes) + " in " + files(files);
            case PARTIAL -> snapshot + " (partial), " + bytes(bytes) + " in " + files(files);
            case FAILED -> failed(error);
            case SKIPPED -> "skipped: " + oneLine(error);
        };
    }

    /** The line of a run that failed before the engine started, e.g. on its settings. */
    public static String failed(String error) {
        return "failed: " + oneLine(error);
    }

    private static String files(long files) {
        return files == 1 ? "1 file" : Math.max(0, files) + " files";
    }

    /** Binary units with one decimal, the way {@code zfs list} shows sizes; never negative. */
    public static String bytes(long bytes) {
        return Units.bytes(Math.max(0, bytes));
    }

    private static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "no reason given";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
