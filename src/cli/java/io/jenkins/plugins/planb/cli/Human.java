package io.jenkins.plugins.planb.cli;

import java.util.Locale;

/** Numbers the way a person reads them in a terminal. */
final class Human {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Human() {}

    /** {@code 1.5 GiB}; {@code ?} for an unknown ({@code < 0}) size. */
    static String bytes(long bytes) {
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

    /** {@code 850 ms}, {@code 12.3 s}, {@code 4m05s}. */
    static String millis(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
