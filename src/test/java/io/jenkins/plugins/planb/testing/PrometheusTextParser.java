package io.jenkins.plugins.planb.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus' text exposition format 0.0.4, written for the tests from the
 * format's description (no Java library on Maven Central parses it; the client libraries only
 * write it). It refuses what Prometheus refuses and what the format calls invalid: a bad metric or
 * label name, an escape other than the allowed ones, a value or timestamp that is not a number,
 * a family whose TYPE or HELP comes twice or after its samples, a family whose samples are not
 * together, a series written twice, a text that does not end in a line feed.
 */
public final class PrometheusTextParser {

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?Inf|NaN");
    private static final Pattern TIMESTAMP = Pattern.compile("-?[0-9]+");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {}

    /** One metric family: its TYPE (untyped when none), HELP (null when none) and samples. */
    public record Family(String name, String type, String help, List<Sample> samples) {}

    private PrometheusTextParser() {}

    /**
     * Parses {@code text}, families in the order they appear.
     *
     * @throws IllegalArgumentException naming the line and the rule it breaks
     */
    public static Map<String, Family> parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the text must end with a line feed");
        }
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        Set<String> finished = new HashSet<>();
        Set<String> series = new HashSet<>();
        Set<String> order = new LinkedHashSet<>();
        String current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + " '" + line + "': ";
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] parts = line.substring(1).stripLeading().split(" ", 3);
                if (parts[0].equals("HELP") || parts[0].equals("TYPE")) {
                    if (parts.length < 3 && parts[0].equals("TYPE")) {
                        throw new IllegalArgumentException(where + "TYPE needs a name and a type");
                    }
                    if (parts.length < 2) {
                        throw new IllegalArgumentException(where + "HELP needs a name");
                    }
                    String name = parts[1];
                    if (!METRIC_NAME.matcher(name).matches()) {
                        throw new IllegalArgumentException(where + "not a metric name");
                    }
                    if (samples.containsKey(name) || finished.contains(name)) {
                        throw new IllegalArgumentException(where + parts[0] + " after the samples of " + name);
                    }
                    if (current != null && !current.equals(name)) {
                        finished.add(current);
                    }
                    current = name;
                    order.add(name);
                    if (parts[0].equals("TYPE")) {
                        if (!TYPES.contains(parts[2])) {
                            throw new IllegalArgumentException(where + "unknown type");
                        }
                        if (types.put(name, parts[2]) != null) {
                            throw new IllegalArgumentException(where + "second TYPE for " + name);
                        }
                    } else {
                        String help = unescape(parts.length > 2 ? parts[2] : "", false, where);
                        if (helps.put(name, help) != null) {
                            throw new IllegalArgumentException(where + "second HELP for " + name);
                        }
                    }
                }
                continue;
            }
            Sample sample = sample(line, where);
            String family = familyOf(sample.name(), types);
            if (finished.contains(family)) {
                throw new IllegalArgumentException(where + "the samples of " + family + " are not together");
            }
            if (current != null && !current.equals(family)) {
                finished.add(current);
            }
            current = family;
            order.add(family);
            if (!series.add(sample.name() + new TreeMap<>(sample.labels()))) {
                throw new IllegalArgumentException(where + "series written twice");
            }
            samples.computeIfAbsent(family, k -> new ArrayList<>()).add(sample);
        }
        Map<String, Family> families = new LinkedHashMap<>();
        for (String name : order) {
            families.put(name, new Family(name, types.getOrDefault(name, "untyped"), helps.get(name),
                    List.copyOf(samples.getOrDefault(name, List.of()))));
        }
        return families;
    }

    /** Histogram and summary samples carry suffixes; every other sample is its family. */
    private static String familyOf(String sampleName, Map<String, String> types) {
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            if (sampleName.endsWith(suffix)) {
                String base = sampleName.substring(0, sampleName.length() - suffix.length());
                String type = types.get(base);
                if ("histogram".equals(type) || "summary".equals(type)) {
                    return base;
                }
            }
        }
        return sampleName;
    }

    private static Sample sample(String line, String where) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
            i++;
        }
        String name = line.substring(0, i);
        if (!METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + "not a metric name: '" + name + "'");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (true) {
                if (i < line.length() && line.charAt(i) == '}') {
                    i++;
                    break;
                }
                int equals = line.indexOf('=', i);
                if (equals < 0) {
                    throw new IllegalArgumentException(where + "label without '='");
                }
                String label = line.substring(i, equals);
                if (!LABEL_NAME.matcher(label).matches()) {
                    throw new IllegalArgumentException(where + "not a label name: '" + label + "'");
                }
                i = equals + 1;
                if (i >= line.length() || line.charAt(i) != '"') {
                    throw new IllegalArgumentException(where + "label value must be quoted");
                }
                i++;
                StringBuilder raw = new StringBuilder();
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException(where + "unterminated label value");
                    }
                    char c = line.charAt(i);
                    if (c == '\\') {
                        if (i + 1 >= line.length()) {
                            throw new IllegalArgumentException(where + "dangling backslash");
                        }
                        raw.append(c).append(line.charAt(i + 1));
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        raw.append(c);
                        i++;
                    }
                }
                if (labels.put(label, unescape(raw.toString(), true, where)) != null) {
                    throw new IllegalArgumentException(where + "label " + label + " twice");
                }
                if (i < line.length() && line.charAt(i) == ',') {
                    i++;
                } else if (i >= line.length() || line.charAt(i) != '}') {
                    throw new IllegalArgumentException(where + "expected ',' or '}' after a label");
                }
            }
        }
        String rest = line.substring(i);
        if (!rest.startsWith(" ") && !rest.startsWith("\t")) {
            throw new IllegalArgumentException(where + "no blank before the value");
        }
        String[] fields = rest.strip().split("[ \t]+");
        if (fields.length < 1 || fields.length > 2 || fields[0].isEmpty()) {
            throw new IllegalArgumentException(where + "expected a value and at most a timestamp");
        }
        if (!FLOAT.matcher(fields[0]).matches()) {
            throw new IllegalArgumentException(where + "not a value: '" + fields[0] + "'");
        }
        if (fields.length == 2 && !TIMESTAMP.matcher(fields[1]).matches()) {
            throw new IllegalArgumentException(where + "not a timestamp: '" + fields[1] + "'");
        }
        return new Sample(name, labels, value(fields[0]));
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    /** Label values allow {@code \\}, {@code \"} and {@code \n}; help texts {@code \\} and {@code \n}. */
    private static String unescape(String raw, boolean labelValue, String where) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                if (c == '\n') {
                    throw new IllegalArgumentException(where + "raw line feed");
                }
                out.append(c);
                continue;
            }
            if (i + 1 >= raw.length()) {
                throw new IllegalArgumentException(where + "dangling backslash");
            }
            char next = raw.charAt(++i);
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case '"' -> {
                    if (!labelValue) {
                        throw new IllegalArgumentException(where + "\\\" is no escape in a HELP text");
                    }
                    out.append('"');
                }
                default -> throw new IllegalArgumentException(where + "unknown escape \\" + next);
            }
        }
        return out.toString();
    }
}
