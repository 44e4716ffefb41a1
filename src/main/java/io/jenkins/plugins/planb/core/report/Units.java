package io.jenkins.plugins.planb.core.report;

import java.time.Duration;
import java.util.Locale;

/** Sizes, ages and durations as the text and HTML reports show them (JSON keeps exact numbers). */
public final class Units {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Units() {}

    /** {@code 512 B}, {@code 1.5 KiB}, {@code 12.3 GiB} (binary units); {@code ?} for an unknown ({@code < 0}) size. */
    public static String bytes(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** A change in size: {@code +1.5 MiB}, {@code -200 B}, {@code 0 B}. */
    public static String signedBytes(long bytes) {
        if (bytes == 0) {
            return "0 B";
        }
        String size = bytes == Long.MIN_VALUE ? bytes(Long.MAX_VALUE) : bytes(Math.abs(bytes));
        return (bytes > 0 ? "+" : "-") + size;
    }

    /** How long ago, in the two largest units: {@code 45s}, {@code 12m}, {@code 3h05m}, {@code 2d04h}, {@code 40d}. */
    public static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m";
        }
        if (seconds < 86_400) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds / 60 % 60);
        }
        long days = seconds / 86_400;
        return days >= 10 ? days + "d" : String.format(Locale.ROOT, "%dd%02dh", days, seconds / 3600 % 24);
    }

    /** A run's wall time: {@code 850 ms}, {@code 12.3 s}, {@code 4m05s}, {@code 1h02m}. */
    public static String duration(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds / 60 % 60);
    }
}
