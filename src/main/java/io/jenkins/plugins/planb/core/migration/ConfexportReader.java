package io.jenkins.plugins.planb.core.migration;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the old PlanB's {@code planb confexport} writes, in either of its forms, with or
 * without {@code --minimal} and {@code --with-disabled} (which change nothing in the form):
 *
 * <pre>
 * /* acme-web01 *&#47;            ---
 *                               # acme-web01
 * {
 *   "retention": {              retention:
 *     "hourly": 0, ...            hourly: 0 ...
 *   },
 *   "schedule": "nightly",      schedule: nightly
 *   "paths": {                  paths:
 *     "root": "/",                root: /
 *     "include": [...],           include:
 *     "exclude": []                 - etc
 *   },                            exclude: []
 *   "notes": ""                 notes: ""
 * }
 * </pre>
 *
 * <p>The header comment is the only place that names the fileset and its group, so documents
 * are split at those lines ({@code /* ... *&#47;} at the start of a line; {@code ---} followed by
 * {@code # ...}) before each is parsed: JSON by jackson-core ({@link ConfexportJson}), YAML by
 * SnakeYAML's composer, every scalar kept as text ({@link ConfexportYaml}).
 */
public final class ConfexportReader {

    /** Larger files are refused: even ten thousand filesets take a few megabytes. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Pattern JSON_HEADER = Pattern.compile("/\\* (.*) \\*/\\s*");
    private static final Pattern YAML_HEADER = Pattern.compile("# (.*?)\\s*");

    private ConfexportReader() {}

    /** Reads a confexport file. */
    public static List<PlanbFileset> read(Path file) throws ConfexportException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfexportException("cannot read " + file + ": larger than " + MAX_BYTES + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfexportException("cannot read " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ConfexportException("cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfexportException("cannot read " + file + ": " + e.getMessage());
        }
        return read(text);
    }

    /** Reads confexport output given as text. */
    public static List<PlanbFileset> read(String text) throws ConfexportException {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw new ConfexportException("the file is empty: expected the output of 'planb confexport' "
                    + "(--json or --yaml)");
        }
        String start = stripCr(lines[first]);
        List<ConfexportDocument> documents;
        boolean json;
        if (JSON_HEADER.matcher(start).matches()) {
            documents = jsonDocuments(lines);
            json = true;
        } else if (start.equals("---")) {
            documents = yamlDocuments(lines);
            json = false;
        } else {
            throw new ConfexportException("line " + (first + 1) + ": expected '/* <group>-<name> */' (confexport "
                    + "--json) or '---' (confexport --yaml), not " + quote(start));
        }
        List<PlanbFileset> filesets = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ConfexportDocument document : documents) {
            Integer earlier = seen.putIfAbsent(document.uniqueName(), document.headerLine());
            if (earlier != null) {
                throw new ConfexportException("line " + document.headerLine() + ": fileset '" + document.uniqueName()
                        + "' appears twice (first at line " + earlier + ")");
            }
            Parsed value = json ? ConfexportJson.parse(document) : ConfexportYaml.parse(document);
            filesets.add(FilesetInterpreter.interpret(document, value));
        }
        return filesets;
    }

    private static List<ConfexportDocument> jsonDocuments(String[] lines) throws ConfexportException {
        List<ConfexportDocument> documents = new ArrayList<>();
        String name = null;
        int headerLine = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher header = JSON_HEADER.matcher(stripCr(lines[i]));
            if (header.matches()) {
                if (name != null) {
                    documents.add(new ConfexportDocument(name, headerLine, body.toString(), headerLine + 1));
                }
                name = header.group(1).strip();
                headerLine = i + 1;
                body.setLength(0);
                requireName(name, headerLine);
            } else if (name == null) {
                if (!lines[i].isBlank()) {
                    throw new ConfexportException("line " + (i + 1) + ": expected '/* <group>-<name> */'");
                }
            } else {
                body.append(lines[i]).append('\n');
            }
        }
        documents.add(new ConfexportDocument(name, headerLine, body.toString(), headerLine + 1));
        return documents;
    }

    private static List<ConfexportDocument> yamlDocuments(String[] lines) throws ConfexportException {
        List<ConfexportDocument> documents = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = stripCr(lines[i]);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (!line.equals("---")) {
                throw new ConfexportException("line " + (i + 1) + ": expected '---' and '# <group>-<name>' before "
                        + "each fileset, not " + quote(line));
            }
            int headerIndex = i + 1;
            while (headerIndex < lines.length && lines[headerIndex].isBlank()) {
                headerIndex++;
            }
            Matcher header = headerIndex < lines.length ? YAML_HEADER.matcher(stripCr(lines[headerIndex])) : null;
            if (header == null || !header.matches()) {
                throw new ConfexportException("line " + (i + 1) + ": '---' must be followed by '# <group>-<name>', "
                        + "the fileset's name (as confexport --yaml writes it)");
            }
            String name = header.group(1);
            requireName(name, headerIndex + 1);
            int end = headerIndex + 1;
            while (end < lines.length && !stripCr(lines[end]).equals("---")) {
                end++;
            }
            StringBuilder body = new StringBuilder();
            for (int b = headerIndex + 1; b < end; b++) {
                body.append(ConfexportYaml.withBlockIndentation(lines[b])).append('\n');
            }
            documents.add(new ConfexportDocument(name, headerIndex + 1, body.toString(), headerIndex + 2));
            i = end;
        }
        return documents;
    }

    private static void requireName(String name, int line) throws ConfexportException {
        if (name.isEmpty()) {
            throw new ConfexportException("line " + line + ": the header names no fileset");
        }
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    static String quote(String text) {
        return io.jenkins.plugins.planb.core.config.Rules.quote(text);
    }
}
