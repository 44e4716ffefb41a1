package io.jenkins.plugins.planb.core.notify;

import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.run.Timestamps;
import java.time.Duration;
import java.time.Instant;

/** Times and ages as mails show them: an ISO time in UTC, with how long before {@code now} it was. */
final class Ages {

    private Ages() {}

    /** {@code 2026-01-01T03:15:00.000Z (2d04h ago)}; {@code never} for {@code -1}. */
    static String when(long epochMillis, long now) {
        if (epochMillis < 0) {
            return "never";
        }
        return Timestamps.iso(Instant.ofEpochMilli(epochMillis)) + " ("
                + Units.age(Duration.ofMillis(now - epochMillis)) + " ago)";
    }

    /** The first line of a text, for a subject or a one-line field; {@code ""} for {@code null}. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
