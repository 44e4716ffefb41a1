package io.jenkins.plugins.planb.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON laid out as Python's {@code json.dumps} does by default (one line, {@code ", "} and
 * {@code ": "} between items, non-ASCII characters as {@code \\uXXXX}), which is what the old
 * PlanB's Zabbix commands print. Scripts and templates written against that output (a diff, a
 * {@code grep}, Zabbix preprocessing with a regular expression) then see the same bytes for the
 * same data.
 *
 * <p>Values: {@link String}, {@link Long}, {@link Integer}, {@code null}, a {@link Map} with
 * string keys (written in its iteration order) and a {@link List}.
 */
final class PythonJson {

    private PythonJson() {}

    static String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                string(out, (String) entry.getKey());
                out.append(": ");
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON for " + value.getClass().getName());
        }
    }

    /** Python's {@code ensure_ascii} escaping: printable ASCII as is, the rest escaped. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        // a character outside the BMP is already two surrogates here, as Python writes it
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        out.append('"');
    }
}
