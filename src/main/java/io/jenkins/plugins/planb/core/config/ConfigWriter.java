package io.jenkins.plugins.planb.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes a {@link ConfigDocument} in the shape configuration.md documents: {@code storage},
 * {@code stateDir} (when set), {@code defaults} (when anything is set), then {@code groups}, each
 * with {@code name}, its own host fields and {@code hosts}; each host with {@code name}, its own
 * host fields and {@code dataset}. Host fields follow {@link ConfigReader#HOST_FIELDS}' order.
 *
 * <p>YAML comes from SnakeYAML (block style, two-space indents, sequences indented under their key),
 * which quotes whatever YAML would read as something else ({@code 'yes'}, {@code '*.tmp'},
 * {@code '22'}); JSON from jackson-core. Both read back, through {@link ConfigLoader}, to the same
 * document, and so write the same text again.
 */
public final class ConfigWriter {

    private ConfigWriter() {}

    /** The document as plain maps, lists and scalars, as {@link ConfigLoader#readTree} gives a file. */
    public static Map<String, Object> tree(ConfigDocument document) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("storage", storage(document.storage()));
        if (document.stateDir() != null) {
            tree.put("stateDir", document.stateDir().toString());
        }
        if (!document.defaults().isEmpty()) {
            tree.put("defaults", document.defaults().written());
        }
        List<Object> groups = new ArrayList<>();
        for (ConfigDocument.Group group : document.groups()) {
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("name", group.name());
            written.putAll(group.settings().written());
            List<Object> hosts = new ArrayList<>();
            for (ConfigDocument.Host host : group.hosts()) {
                Map<String, Object> writtenHost = new LinkedHashMap<>();
                writtenHost.put("name", host.name());
                writtenHost.putAll(host.settings().written());
                hosts.add(writtenHost);
            }
            written.put("hosts", hosts);
            groups.add(written);
        }
        if (!groups.isEmpty()) {
            tree.put("groups", groups);
        }
        return tree;
    }

    private static Map<String, Object> storage(StorageSpec storage) {
        Map<String, Object> kind = new LinkedHashMap<>();
        return switch (storage) {
            case StorageSpec.Zfs zfs -> {
                kind.put("parent", zfs.parent());
                if (zfs.sudo()) {
                    kind.put("sudo", true);
                }
                yield Map.of("zfs", kind);
            }
            case StorageSpec.Directory directory -> {
                kind.put("path", directory.path().toString());
                yield Map.of("directory", kind);
            }
        };
    }

    /** YAML, with the document's and its hosts' comments. */
    public static String yaml(ConfigDocument document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setProcessComments(true);
        options.setDereferenceAliases(true);
        Yaml yaml = new Yaml(options);
        MappingNode root = (MappingNode) yaml.represent(tree(document));
        if (!document.comment().isEmpty()) {
            root.setBlockComments(comment(document.comment()));
        }
        addHostComments(root, document);
        StringWriter text = new StringWriter();
        yaml.serialize(root, text);
        return text.toString();
    }

    /** A host's comment goes after its name, where it reads as belonging to the host. */
    private static void addHostComments(MappingNode root, ConfigDocument document) {
        SequenceNode groups = null;
        for (NodeTuple entry : root.getValue()) {
            if ("groups".equals(scalar(entry.getKeyNode()))) {
                groups = (SequenceNode) entry.getValueNode();
            }
        }
        for (int g = 0; g < document.groups().size(); g++) {
            ConfigDocument.Group group = document.groups().get(g);
            MappingNode groupNode = (MappingNode) groups.getValue().get(g);
            SequenceNode hosts = (SequenceNode) groupNode.getValue().get(groupNode.getValue().size() - 1).getValueNode();
            for (int h = 0; h < group.hosts().size(); h++) {
                List<String> lines = group.hosts().get(h).comment();
                if (lines.isEmpty()) {
                    continue;
                }
                List<NodeTuple> fields = ((MappingNode) hosts.getValue().get(h)).getValue();
                Node anchor = fields.get(Math.min(1, fields.size() - 1)).getKeyNode();
                anchor.setBlockComments(comment(lines));
            }
        }
    }

    private static String scalar(Node node) {
        return node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar ? scalar.getValue() : null;
    }

    private static List<CommentLine> comment(List<String> lines) {
        List<CommentLine> comment = new ArrayList<>();
        for (String line : lines) {
            comment.add(new CommentLine(null, null, line.isEmpty() ? "" : " " + printable(line), CommentType.BLOCK));
        }
        return comment;
    }

    /** One comment line: no line breaks, no control characters (written as escapes). */
    static String printable(String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().stripTrailing();
    }

    /** JSON, pretty-printed, one field a line; comments are left out (JSON has none). */
    public static String json(ConfigDocument document) {
        StringWriter text = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pretty.indentObjectsWith(indenter);
        pretty.indentArraysWith(indenter);
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.setPrettyPrinter(pretty);
            writeJson(json, tree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.append('\n').toString();
    }

    private static void writeJson(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    writeJson(json, entry.getValue());
                }
                json.writeEndObject();
            }
            case List<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    writeJson(json, item);
                }
                json.writeEndArray();
            }
            case String text -> json.writeString(text);
            case Boolean bool -> json.writeBoolean(bool);
            case Integer number -> json.writeNumber(number);
            case Long number -> json.writeNumber(number);
            default -> throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName());
        }
    }
}
