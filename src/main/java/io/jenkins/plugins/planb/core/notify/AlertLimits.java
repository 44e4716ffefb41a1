package io.jenkins.plugins.planb.core.notify;

import java.util.Optional;

/** The limits behind the monitors and the digest, with their rules and defaults. */
public final class AlertLimits {

    /** A host without a snapshot for longer than this is overdue, unless its group says otherwise. */
    public static final int DEFAULT_OVERDUE_HOURS = 48;
    /** A pool or file system fuller than this (percent) is nearly full. */
    public static final int DEFAULT_STORAGE_THRESHOLD = 85;
    /** The hour of the day (controller's time zone) after which the daily digest goes out. */
    public static final int DEFAULT_DIGEST_HOUR = 7;

    public static final String OVERDUE_RULE = "a whole number of hours from 1 to 8760 (a year)";
    public static final String THRESHOLD_RULE = "a whole percentage from 1 to 99";
    public static final String DIGEST_HOUR_RULE = "an hour of the day from 0 to 23";

    private AlertLimits() {}

    public static Optional<String> overdueHours(long hours) {
        return hours < 1 || hours > 8760 ? Optional.of(OVERDUE_RULE) : Optional.empty();
    }

    public static Optional<String> storageThreshold(long percent) {
        return percent < 1 || percent > 99 ? Optional.of(THRESHOLD_RULE) : Optional.empty();
    }

    public static Optional<String> digestHour(long hour) {
        return hour < 0 || hour > 23 ? Optional.of(DIGEST_HOUR_RULE) : Optional.empty();
    }
}
