package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.history.RunHistory.SpacePoint;
import io.jenkins.plugins.planb.core.run.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG line chart of one host's space over the report's period, from its run records:
 * {@code used} (everything, snapshots included) as a solid line and {@code referenced} (the live
 * copy) dashed, on a scale from zero, with a dot and a tooltip per run. Plain SVG with
 * presentation attributes: no script, no style sheet, no namespace URL, so it can sit inline in
 * a self-contained HTML file, and it is well-formed XML.
 */
public final class SpaceChart {

    static final int WIDTH = 360;
    static final int HEIGHT = 124;
    private static final double LEFT = 64;
    private static final double RIGHT = WIDTH - 10;
    private static final double TOP = 10;
    private static final double BOTTOM = HEIGHT - 34;
    private static final String USED_COLOUR = "#1f5fbf";
    private static final String LIVE_COLOUR = "#7a7a7a";

    private SpaceChart() {}

    /**
     * @param points what {@link io.jenkins.plugins.planb.core.history.RunHistory#space()} gives, oldest first
     * @param from   the start of the period (the left edge)
     * @param to     the end of the period (the right edge)
     * @param label  what the chart shows, for its title (e.g. the host's name)
     */
    public static String svg(List<SpacePoint> points, Instant from, Instant to, String label) {
        long top = 1;
        for (SpacePoint point : points) {
            top = Math.max(top, Math.max(point.usedBytes(), point.referencedBytes()));
        }
        String title = "Space of " + label + " from " + Timestamps.iso(from) + " to " + Timestamps.iso(to);
        StringBuilder svg = new StringBuilder();
        svg.append(Tags.open("svg", "class", "chart", "width", Integer.toString(WIDTH), "height",
                Integer.toString(HEIGHT), "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img", "aria-label", title));
        svg.append(Tags.element("title", title));
        svg.append(Tags.empty("line", "x1", number(LEFT), "y1", number(TOP), "x2", number(LEFT), "y2", number(BOTTOM),
                "stroke", "#999999", "stroke-width", "1"));
        svg.append(Tags.empty("line", "x1", number(LEFT), "y1", number(BOTTOM), "x2", number(RIGHT), "y2",
                number(BOTTOM), "stroke", "#999999", "stroke-width", "1"));
        svg.append(text(LEFT - 4, BOTTOM, "end", "0"));
        svg.append(text(LEFT, BOTTOM + 14, "start", edge(from, from, to)));
        svg.append(text(RIGHT, BOTTOM + 14, "end", edge(to, from, to)));
        if (points.isEmpty()) {
            svg.append(text((LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, "middle", "no space measured in this period"));
        } else {
            svg.append(text(LEFT - 4, TOP + 4, "end", Units.bytes(top)));
            svg.append(line(points, from, to, top, false));
            svg.append(line(points, from, to, top, true));
            for (SpacePoint point : points) {
                svg.append(Tags.open("circle", "cx", number(x(point.at(), from, to)), "cy",
                        number(y(point.usedBytes(), top)), "r", "2.5", "fill", USED_COLOUR));
                svg.append(Tags.element("title", Timestamps.iso(point.at()) + ": used " + Units.bytes(point.usedBytes())
                        + ", live " + Units.bytes(point.referencedBytes())));
                svg.append(Tags.close("circle"));
            }
            svg.append(text(LEFT, HEIGHT - 4, "start", "solid: disk use, dashed: live copy"));
        }
        svg.append(Tags.close("svg"));
        return svg.toString();
    }

    /** The date at an edge; over less than three days, with the time of day (UTC). */
    static String edge(Instant at, Instant from, Instant to) {
        String iso = Timestamps.iso(at);
        return java.time.Duration.between(from, to).toDays() < 3 ? iso.substring(0, 10) + " " + iso.substring(11, 16)
                : iso.substring(0, 10);
    }

    /** The used or the referenced line; points where the value is unknown are left out. */
    private static String line(List<SpacePoint> points, Instant from, Instant to, long top, boolean live) {
        List<String> coordinates = new ArrayList<>();
        for (SpacePoint point : points) {
            long value = live ? point.referencedBytes() : point.usedBytes();
            if (value >= 0) {
                coordinates.add(number(x(point.at(), from, to)) + "," + number(y(value, top)));
            }
        }
        if (coordinates.size() < 2) {
            return "";
        }
        return live
                ? Tags.empty("polyline", "points", String.join(" ", coordinates), "fill", "none", "stroke", LIVE_COLOUR,
                        "stroke-width", "1.5", "stroke-dasharray", "4 3")
                : Tags.empty("polyline", "points", String.join(" ", coordinates), "fill", "none", "stroke", USED_COLOUR,
                        "stroke-width", "2");
    }

    private static String text(double x, double y, String anchor, String content) {
        return Tags.element("text", content, "x", number(x), "y", number(y), "text-anchor", anchor, "font-size", "10",
                "font-family", "sans-serif", "fill", "#333333");
    }

    /** A time's place between the left and right edge; times outside the period sit on the edge. */
    static double x(Instant at, Instant from, Instant to) {
        double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        double share = (at.toEpochMilli() - from.toEpochMilli()) / span;
        return LEFT + Math.min(1, Math.max(0, share)) * (RIGHT - LEFT);
    }

    /** A size's height on a scale from zero (bottom) to {@code top}. */
    static double y(long bytes, long top) {
        return BOTTOM - Math.min(1, Math.max(0, (double) bytes / top)) * (BOTTOM - TOP);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
