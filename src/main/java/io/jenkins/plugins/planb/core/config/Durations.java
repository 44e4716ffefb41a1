package io.jenkins.plugins.planb.core.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in the configuration and read them in messages: {@code 90s},
 * {@code 10m}, {@code 1h30m}, {@code 2d}; a plain whole number is seconds, and {@code 0} means
 * "off" wherever a setting allows it.
 */
public final class Durations {

    /** How a duration is written, as told to users. */
    public static final String SYNTAX =
            "a duration such as 90s, 10m, 1h30m or 2d (units d, h, m, s, largest first), or a whole number of seconds";

    private static final Pattern TEXT = Pattern.compile("(?:(\\d{1,6})d)?(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})s)?");

    private Durations() {}

    /**
     * Reads {@code 10m}, {@code 1h30m}, {@code 600} (seconds) or {@code 0}; surrounding blanks
     * are ignored. Empty when the text is none of these.
     */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        Matcher matcher = TEXT.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        long[] unitSeconds = {86_400, 3_600, 60, 1};
        for (int i = 0; i < unitSeconds.length; i++) {
            String digits = matcher.group(i + 1);
            if (digits != null) {
                total = total.plusSeconds(Long.parseLong(digits) * unitSeconds[i]);
            }
        }
        return Optional.of(total);
    }

    /**
     * The shortest form {@link #parse} reads back to the same whole seconds: {@code 10m},
     * {@code 1h30m}, {@code 45s}, {@code 2d}; {@code 0s} for zero. Fractions of a second are
     * dropped, except that a duration under a second is written in milliseconds, {@code 250ms}
     * (only messages need that).
     */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        StringBuilder out = new StringBuilder();
        long days = seconds / 86_400;
        long hours = seconds / 3_600 % 24;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        if (days > 0) {
            out.append(days).append('d');
        }
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (minutes > 0) {
            out.append(minutes).append('m');
        }
        if (rest > 0) {
            out.append(rest).append('s');
        }
        return out.toString();
    }
}
