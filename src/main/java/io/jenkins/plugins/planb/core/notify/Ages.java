package io.jenkins.plugins.planb.core.notify;

import io.jenkins.plugins.planb.core.run.Timestamps;
import java.time.Instant;

/** Times and ages as mails show them: an ISO time in UTC, with how long before {@code now} it was. */
final class Ages {

    private Ages() {}

    /** {@code 2026-01-01T03:15:00.000Z (2 d 4 h ago)}; {@code never} for {@code -1}. */
    static String when(long epochMillis, long now) {
        if (epochMillis < 0) {
            return "never";
        }
        return Timestamps.iso(Instant.ofEpochMilli(epochMillis)) + " (" + span(now - epochMillis) + " ago)";
    }

    /** A duration in its two largest units: {@code 3 d 4 h}, {@code 5 h 12 min}, {@code 42 s}. */
    static String span(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min" : seconds + " s";
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
