package io.jenkins.plugins.planb.core.migration;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One fileset's YAML document of {@code confexport --yaml}, written by PlanB's own dumper
 * (planb/common/customyaml.py): it leaves text unquoted only when it matches
 * {@code ^[a-z/_.][a-z0-9/_.-]*$} and is not null/true/false, quotes the rest in double quotes
 * (escaping only {@code \} and {@code "}), writes notes with line breaks as a {@code |} block
 * indented two spaces, and empty lists and mappings as {@code []} and {@code {}}.
 *
 * <p>Read with SnakeYAML's composer, so no type is guessed from text: an unquoted {@code yes},
 * {@code on} or {@code .inf} (which that dumper leaves unquoted) stays text, as PlanB meant it.
 * Unquoted digits are whole numbers (the retention counts), and unquoted {@code null}, {@code ~}
 * or nothing is null. Since the dumper indents a block two spaces whatever its first line holds,
 * a note whose first line starts with blanks is read with that indentation made explicit
 * ({@code |2}), where YAML would otherwise guess it from the first line and fail.
 */
final class ConfexportYaml {

    private static final Pattern BLOCK_START = Pattern.compile("( *)([A-Za-z_][A-Za-z0-9_]*): \\|\\r?");
    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");

    private ConfexportYaml() {}

    /** The line with a block scalar's indentation made explicit, as PlanB's dumper always indents two. */
    static String withBlockIndentation(String line) {
        if (BLOCK_START.matcher(line).matches()) {
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) + "2\r" : line + "2";
        }
        return line;
    }

    static Parsed parse(ConfexportDocument document) throws ConfexportException {
        Node root;
        try {
            root = newYaml().compose(new StringReader(document.body()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? document.headerLine() : document.bodyLine() + mark.getLine();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ConfexportException(ConfexportJson.where(document, line) + "not valid YAML: "
                    + problem.replaceAll("\\p{Cntrl}", " ") + " (confexport --json avoids YAML's limits)");
        } catch (YAMLException e) {
            throw new ConfexportException(ConfexportJson.where(document, document.headerLine()) + "not valid YAML: "
                    + String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", " "));
        }
        if (root == null) {
            throw new ConfexportException(ConfexportJson.where(document, document.headerLine())
                    + "no YAML document follows the header");
        }
        return value(root, document);
    }

    private static Parsed value(Node node, ConfexportDocument document) throws ConfexportException {
        int line = document.bodyLine() + node.getStartMark().getLine();
        return switch (node) {
            case MappingNode mapping -> {
                Map<String, Parsed> map = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        throw new ConfexportException(ConfexportJson.where(document, line) + "keys must be text");
                    }
                    if (map.containsKey(key.getValue())) {
                        throw new ConfexportException(ConfexportJson.where(document,
                                document.bodyLine() + key.getStartMark().getLine())
                                + "duplicate key " + ConfexportReader.quote(key.getValue()));
                    }
                    map.put(key.getValue(), value(tuple.getValueNode(), document));
                }
                yield new Parsed(map, line);
            }
            case SequenceNode sequence -> {
                List<Parsed> list = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    list.add(value(item, document));
                }
                yield new Parsed(list, line);
            }
            case ScalarNode scalar -> new Parsed(scalar(scalar), line);
            default -> throw new ConfexportException(ConfexportJson.where(document, line) + "unexpected YAML node");
        };
    }

    private static Object scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return text;
        }
        if (text.isEmpty() || text.equals("null") || text.equals("~")) {
            return null;
        }
        if (DIGITS.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, ConfexportReader.MAX_BYTES));
        return new Yaml(new SafeConstructor(options));
    }
}
