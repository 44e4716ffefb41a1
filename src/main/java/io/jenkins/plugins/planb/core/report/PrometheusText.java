package io.jenkins.plugins.planb.core.report;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A writer of Prometheus' text exposition format, version 0.0.4: what node_exporter's textfile
 * collector reads and what a scrape of {@code /planb/metrics} gets.
 *
 * <p>It keeps the format's rules so a caller cannot break them: every metric family is written
 * once, with its {@code # HELP} and {@code # TYPE} lines first and all its samples together (a
 * second family of the same name, or a sample for a family that is no longer the current one, is
 * an error); metric and label names are checked against the format's grammar; label values and
 * help texts are escaped; a family never repeats a label set. Prometheus rejects a whole scrape
 * for any of these, so they are programming errors here, not data problems.
 */
public final class PrometheusText {

    /** The {@code Content-Type} of this format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final StringBuilder out = new StringBuilder();
    private final Set<String> names = new HashSet<>();
    private Family current;

    /** The metric types a family can have. */
    public enum Type {
        GAUGE, COUNTER, UNTYPED;

        String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Starts a family: its {@code # HELP} and {@code # TYPE} lines; its samples follow. */
    public Family family(String name, Type type, String help) {
        if (!METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: '" + name + "'");
        }
        if (!names.add(name)) {
            throw new IllegalStateException("metric family " + name + " written twice");
        }
        out.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type.keyword()).append('\n');
        current = new Family(name);
        return current;
    }

    /** Everything written so far. */
    public String text() {
        return out.toString();
    }

    /** One metric family; add its samples before starting the next family. */
    public final class Family {

        private final String name;
        private final Set<String> labelSets = new HashSet<>();

        private Family(String name) {
            this.name = name;
        }

        /**
         * Adds a sample.
         *
         * @param value  a {@link Long}, {@link Integer}, {@link Double} or {@link BigDecimal}
         * @param labels label names and values, alternating: {@code "group", "acme", "host", "web01"}
         */
        public Family sample(Number value, String... labels) {
            if (current != this) {
                throw new IllegalStateException("the samples of " + name + " must follow its TYPE line");
            }
            if (labels.length % 2 != 0) {
                throw new IllegalArgumentException("labels of " + name + " must come in name/value pairs");
            }
            StringBuilder line = new StringBuilder(name);
            if (labels.length > 0) {
                line.append('{');
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < labels.length; i += 2) {
                    String label = labels[i];
                    if (!LABEL_NAME.matcher(label).matches() || label.startsWith("__")) {
                        throw new IllegalArgumentException("not a label name: '" + label + "'");
                    }
                    if (!seen.add(label)) {
                        throw new IllegalArgumentException("label " + label + " given twice for " + name);
                    }
                    if (i > 0) {
                        line.append(',');
                    }
                    line.append(label).append("=\"").append(escapeLabelValue(labels[i + 1])).append('"');
                }
                line.append('}');
            }
            if (!labelSets.add(line.toString())) {
                throw new IllegalStateException("sample written twice: " + line);
            }
            out.append(line).append(' ').append(format(value)).append('\n');
            return this;
        }
    }

    /** Exact decimal seconds for a number of milliseconds: {@code 1767237345123} gives {@code 1767237345.123}. */
    public static BigDecimal seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros();
    }

    static String format(Number value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Long.toString(value.longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "+Inf" : "-Inf";
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        throw new IllegalArgumentException("not a sample value: " + value + " (" + value.getClass().getName() + ")");
    }

    // The format's escapes: in label values backslash, double quote and line feed; in help texts
    // backslash and line feed. Nothing else may be escaped.

    static String escapeLabelValue(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '"' -> escaped.append("\\\"");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
