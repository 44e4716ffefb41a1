package io.jenkins.plugins.planb.core.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one fileset's document against what confexport writes and makes a
 * {@link PlanbFileset} of it. Wrong types and missing keys are errors naming the line, the
 * fileset, the key and the rule; keys confexport never writes are kept, to be reported as not
 * carried over.
 *
 * <ul>
 *   <li>{@code retention} (optional: {@code --minimal} leaves it out): a mapping of
 *   {@code hourly}, {@code daily}, {@code weekly}, {@code monthly}, {@code yearly} to whole
 *   numbers, 0 or more; a missing period counts 0.</li>
 *   <li>{@code schedule} (optional): text.</li>
 *   <li>{@code paths} (required): a mapping of {@code root} (text), {@code include} and
 *   {@code exclude} (lists of text; empty entries, which a doubled space in PlanB's field gives,
 *   are dropped as PlanB's rsync transport drops them), or the text
 *   {@value PlanbFileset.NoTransport#TEXT} or {@value PlanbFileset.ExecTransport#TEXT}.</li>
 *   <li>{@code notes} (optional): text.</li>
 * </ul>
 */
final class FilesetInterpreter {

    private static final List<String> PERIODS = List.of("hourly", "daily", "weekly", "monthly", "yearly");

    private final ConfexportDocument document;
    private final List<String> unknownKeys = new ArrayList<>();

    private FilesetInterpreter(ConfexportDocument document) {
        this.document = document;
    }

    static PlanbFileset interpret(ConfexportDocument document, Parsed value) throws ConfexportException {
        return new FilesetInterpreter(document).fileset(value);
    }

    private PlanbFileset fileset(Parsed value) throws ConfexportException {
        Map<String, Parsed> top = mapping(value, "the fileset", "a mapping of retention, schedule, paths and notes");
        PlanbFileset.Retention retention = null;
        String schedule = null;
        PlanbFileset.Paths paths = null;
        String notes = "";
        for (Map.Entry<String, Parsed> entry : top.entrySet()) {
            switch (entry.getKey()) {
                case "retention" -> retention = retention(entry.getValue());
                case "schedule" -> schedule = text(entry.getValue(), "schedule", true);
                case "paths" -> paths = paths(entry.getValue());
                case "notes" -> notes = text(entry.getValue(), "notes", true);
                default -> unknownKeys.add(entry.getKey());
            }
        }
        if (paths == null) {
            throw error(value.line(), "paths: required (a mapping of root, include and exclude, or '"
                    + PlanbFileset.NoTransport.TEXT + "')");
        }
        return new PlanbFileset(document.uniqueName(), document.headerLine(), retention, schedule, paths, notes,
                unknownKeys);
    }

    private PlanbFileset.Retention retention(Parsed value) throws ConfexportException {
        Map<String, Parsed> map = mapping(value, "retention", "a mapping of hourly, daily, weekly, monthly and yearly counts");
        long[] counts = new long[PERIODS.size()];
        for (Map.Entry<String, Parsed> entry : map.entrySet()) {
            int index = PERIODS.indexOf(entry.getKey());
            if (index < 0) {
                throw error(entry.getValue().line(), "retention." + entry.getKey() + ": unknown period; expected "
                        + String.join(", ", PERIODS));
            }
            Object count = entry.getValue().value();
            if (!(count instanceof Long number) || number < 0) {
                throw error(entry.getValue().line(), "retention." + entry.getKey() + ": must be a whole number, 0 or "
                        + "more, not " + describe(count));
            }
            counts[index] = number;
        }
        return new PlanbFileset.Retention(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private PlanbFileset.Paths paths(Parsed value) throws ConfexportException {
        if (value.value() instanceof String text) {
            return switch (text) {
                case PlanbFileset.NoTransport.TEXT -> new PlanbFileset.NoTransport();
                case PlanbFileset.ExecTransport.TEXT -> new PlanbFileset.ExecTransport();
                default -> throw error(value.line(), "paths: must be a mapping of root, include and exclude, or '"
                        + PlanbFileset.NoTransport.TEXT + "' or '" + PlanbFileset.ExecTransport.TEXT + "', not "
                        + describe(text));
            };
        }
        Map<String, Parsed> map = mapping(value, "paths", "a mapping of root, include and exclude");
        String root = null;
        List<String> include = List.of();
        List<String> exclude = List.of();
        for (Map.Entry<String, Parsed> entry : map.entrySet()) {
            switch (entry.getKey()) {
                case "root" -> root = text(entry.getValue(), "paths.root", false);
                case "include" -> include = textList(entry.getValue(), "paths.include");
                case "exclude" -> exclude = textList(entry.getValue(), "paths.exclude");
                default -> unknownKeys.add("paths." + entry.getKey());
            }
        }
        if (root == null) {
            throw error(value.line(), "paths.root: required (the rsync transport's src_dir, such as /)");
        }
        return new PlanbFileset.RsyncPaths(root, include, exclude);
    }

    private List<String> textList(Parsed value, String key) throws ConfexportException {
        if (!(value.value() instanceof List<?> items)) {
            throw error(value.line(), key + ": must be a list of paths, not " + describe(value.value()));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Parsed item = (Parsed) items.get(i);
            if (!(item.value() instanceof String text)) {
                throw error(item.line(), key + "[" + i + "]: must be a path (text), not " + describe(item.value()));
            }
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private String text(Parsed value, String key, boolean nullAllowed) throws ConfexportException {
        if (value.value() == null && nullAllowed) {
            return "";
        }
        if (!(value.value() instanceof String text)) {
            throw error(value.line(), key + ": must be text, not " + describe(value.value()));
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Parsed> mapping(Parsed value, String what, String expected) throws ConfexportException {
        if (!(value.value() instanceof Map<?, ?> map)) {
            throw error(value.line(), what + ": must be " + expected + ", not " + describe(value.value()));
        }
        return (Map<String, Parsed>) map;
    }

    private ConfexportException error(int line, String message) {
        return new ConfexportException(ConfexportJson.where(document, line) + message);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String text) {
            return "the text " + ConfexportReader.quote(text);
        }
        if (value instanceof Long number) {
            return "the number " + number;
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return value.toString();
    }
}
