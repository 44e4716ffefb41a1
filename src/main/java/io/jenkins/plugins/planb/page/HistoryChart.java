package io.jenkins.plugins.planb.page;

import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A host's space and run time over its recent runs as one SVG image, drawn on the server: two
 * panels on one time axis. Space: what the host used after each run that measured it
 * ({@link RunHistory#space()}), and what its live copy referred to (dashed). Run time: one bar
 * per run that was not skipped, coloured by outcome. The image holds no script and no external
 * reference, only shapes and text this class writes (every text XML-escaped), so the page that
 * shows it as an {@code <img>} stays within Jenkins' Content-Security-Policy.
 */
public final class HistoryChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 300;
    private static final int LEFT = 78;
    private static final int RIGHT = 16;
    private static final int SPACE_TOP = 34;
    private static final int SPACE_BOTTOM = 160;
    private static final int TIME_TOP = 190;
    private static final int TIME_BOTTOM = 270;

    private static final String AXIS = "#8a8a8a";
    private static final String TEXT = "#767676";
    private static final String USED = "#2f6fdb";
    private static final String REFERENCED = "#7fa3e6";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private HistoryChart() {}

    /** The chart of {@code history} (oldest first); a short note instead of panels when it has no run. */
    public static String svg(RunHistory history, String title) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        List<RunRecord> runs = history.runs().stream().filter(run -> run.outcome() != Outcome.SKIPPED).toList();
        List<RunHistory.SpacePoint> space = history.space();
        if (runs.isEmpty()) {
            text(svg, WIDTH / 2.0, HEIGHT / 2.0, "middle", "No backup runs yet");
            return svg.append("</svg>").toString();
        }
        long from = runs.getFirst().finishedAt().toEpochMilli();
        long to = runs.getLast().finishedAt().toEpochMilli();
        for (RunHistory.SpacePoint point : space) {
            from = Math.min(from, point.at().toEpochMilli());
            to = Math.max(to, point.at().toEpochMilli());
        }
        if (to - from < 3_600_000L) { // one run, or several within an hour: give them room
            from -= 43_200_000L;
            to += 43_200_000L;
        }
        TimeAxis axis = new TimeAxis(from, to);

        spacePanel(svg, space, axis);
        timePanel(svg, runs, axis);
        text(svg, LEFT, HEIGHT - 8, "start", DAY.format(Instant.ofEpochMilli(from)));
        text(svg, WIDTH - RIGHT, HEIGHT - 8, "end", DAY.format(Instant.ofEpochMilli(to)));
        return svg.append("</svg>").toString();
    }

    private static void spacePanel(StringBuilder svg, List<RunHistory.SpacePoint> space, TimeAxis axis) {
        text(svg, 4, SPACE_TOP - 16, "start", "Space used (dashed: live copy)");
        long max = 0;
        for (RunHistory.SpacePoint point : space) {
            max = Math.max(max, Math.max(point.usedBytes(), point.referencedBytes()));
        }
        frame(svg, SPACE_TOP, SPACE_BOTTOM, max <= 0 ? "?" : Units.bytes(max));
        if (space.isEmpty() || max <= 0) {
            text(svg, (LEFT + WIDTH - RIGHT) / 2.0, (SPACE_TOP + SPACE_BOTTOM) / 2.0, "middle", "No run measured the space yet");
            return;
        }
        double scale = (SPACE_BOTTOM - SPACE_TOP) / (double) max;
        StringBuilder used = new StringBuilder();
        StringBuilder referenced = new StringBuilder();
        for (RunHistory.SpacePoint point : space) {
            double x = axis.x(point.at().toEpochMilli());
            used.append(number(x)).append(',').append(number(SPACE_BOTTOM - point.usedBytes() * scale)).append(' ');
            if (point.referencedBytes() >= 0) {
                referenced.append(number(x)).append(',')
                        .append(number(SPACE_BOTTOM - point.referencedBytes() * scale)).append(' ');
            }
        }
        if (!referenced.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(REFERENCED)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\" points=\"")
                    .append(referenced.toString().strip()).append("\"/>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(USED).append("\" stroke-width=\"2\" points=\"")
                .append(used.toString().strip()).append("\"/>");
        for (RunHistory.SpacePoint point : space) {
            svg.append("<circle r=\"2.5\" fill=\"").append(USED).append("\" cx=\"")
                    .append(number(axis.x(point.at().toEpochMilli()))).append("\" cy=\"")
                    .append(number(SPACE_BOTTOM - point.usedBytes() * scale)).append("\"><title>")
                    .append(escape(DAY.format(point.at()) + ": " + Units.bytes(point.usedBytes())))
                    .append("</title></circle>");
        }
    }

    private static void timePanel(StringBuilder svg, List<RunRecord> runs, TimeAxis axis) {
        text(svg, 4, TIME_TOP - 10, "start", "Run time (green: snapshot, amber: partial, red: failed)");
        long max = 0;
        for (RunRecord run : runs) {
            max = Math.max(max, run.durationMillis());
        }
        frame(svg, TIME_TOP, TIME_BOTTOM, duration(max));
        double scale = max <= 0 ? 0 : (TIME_BOTTOM - TIME_TOP) / (double) max;
        double width = Math.max(2, Math.min(12, (WIDTH - LEFT - RIGHT) / (runs.size() * 1.6)));
        for (RunRecord run : runs) {
            double height = Math.max(1, run.durationMillis() * scale);
            double x = axis.x(run.finishedAt().toEpochMilli()) - width / 2;
            svg.append("<rect fill=\"").append(colour(run.outcome())).append("\" x=\"").append(number(x))
                    .append("\" y=\"").append(number(TIME_BOTTOM - height)).append("\" width=\"")
                    .append(number(width)).append("\" height=\"").append(number(height)).append("\"><title>")
                    .append(escape(DAY.format(run.finishedAt()) + ": " + run.outcome() + ", "
                            + duration(run.durationMillis())))
                    .append("</title></rect>");
        }
    }

    /** The panel's axes and its top value. */
    private static void frame(StringBuilder svg, int top, int bottom, String maxLabel) {
        svg.append("<path fill=\"none\" stroke=\"").append(AXIS).append("\" d=\"M").append(LEFT).append(',').append(top)
                .append(" V").append(bottom).append(" H").append(WIDTH - RIGHT).append("\"/>");
        text(svg, LEFT - 6, top + 10, "end", maxLabel);
        text(svg, LEFT - 6, bottom, "end", "0");
    }

    private static String colour(Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "#1ea64b";
            case PARTIAL -> "#e0a000";
            default -> "#e6001f";
        };
    }

    private static String duration(long millis) {
        return Units.duration(Duration.ofMillis(millis));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text fill=\"").append(TEXT).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" text-anchor=\"").append(anchor).append("\">").append(escape(text))
                .append("</text>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Maps times onto the panels' width. */
    private record TimeAxis(long from, long to) {
        double x(long at) {
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) (at - from) / (to - from);
        }
    }
}
