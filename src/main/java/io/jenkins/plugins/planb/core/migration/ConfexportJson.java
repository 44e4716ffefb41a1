package io.jenkins.plugins.planb.core.migration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fileset's JSON document of {@code confexport --json} (Python's {@code json.dumps} with a
 * two-space indent, non-ASCII as backslash-u escapes), read with jackson-core into {@link Parsed}
 * values that know their line. Duplicate keys are refused.
 */
final class ConfexportJson {

    private static final int MAX_DEPTH = 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private ConfexportJson() {}

    static Parsed parse(ConfexportDocument document) throws ConfexportException {
        try (JsonParser parser = FACTORY.createParser(document.body())) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ConfexportException(where(document, document.headerLine())
                        + "no JSON document follows the header");
            }
            Parsed value = value(parser, document);
            if (parser.nextToken() != null) {
                throw new ConfexportException(where(document, line(parser, document))
                        + "more text after the fileset's JSON object; each fileset needs its own '/* <group>-<name> */'");
            }
            return value;
        } catch (JsonParseException e) {
            int line = e.getLocation() == null ? document.headerLine()
                    : document.bodyLine() + e.getLocation().getLineNr() - 1;
            throw new ConfexportException(where(document, line) + "not valid JSON: " + e.getOriginalMessage()
                    .replaceAll("\\p{Cntrl}", " "));
        } catch (IOException e) {
            throw new ConfexportException(where(document, document.headerLine()) + "cannot read JSON: "
                    + e.getMessage());
        }
    }

    private static Parsed value(JsonParser parser, ConfexportDocument document) throws IOException, ConfexportException {
        int line = line(parser, document);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Parsed> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, value(parser, document));
                }
                yield new Parsed(map, line);
            }
            case START_ARRAY -> {
                List<Parsed> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser, document));
                }
                yield new Parsed(list, line);
            }
            case VALUE_STRING -> new Parsed(parser.getText(), line);
            case VALUE_NUMBER_INT -> new Parsed(parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? Long.MAX_VALUE : parser.getLongValue(), line);
            case VALUE_NUMBER_FLOAT -> new Parsed(parser.getText(), line);
            case VALUE_TRUE -> new Parsed(Boolean.TRUE, line);
            case VALUE_FALSE -> new Parsed(Boolean.FALSE, line);
            case VALUE_NULL -> new Parsed(null, line);
            default -> throw new ConfexportException(where(document, line) + "unexpected " + token);
        };
    }

    private static int line(JsonParser parser, ConfexportDocument document) {
        return document.bodyLine() + parser.currentTokenLocation().getLineNr() - 1;
    }

    static String where(ConfexportDocument document, int line) {
        return "line " + line + " (fileset " + ConfexportReader.quote(document.uniqueName()) + "): ";
    }
}
