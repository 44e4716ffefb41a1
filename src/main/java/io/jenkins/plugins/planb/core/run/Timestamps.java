package io.jenkins.plugins.planb.core.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one way PlanB writes a time: ISO-8601 in UTC ending in {@code Z}, always with milliseconds
 * ({@code 2026-11-20T03:14:07.042Z}) so the strings sort in time order; and the compact form
 * used in file names ({@code 20261120T031407.042Z}).
 */
public final class Timestamps {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static String iso(Instant time) {
        return ISO.format(time);
    }

    /** For file names: no colons, still sorting in time order. */
    public static String compact(Instant time) {
        return COMPACT.format(time);
    }

    /**
     * Reads any ISO-8601 instant in UTC ending in {@code Z}.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an ISO-8601 UTC time such as 2026-11-20T03:14:07Z", e);
        }
    }
}
