package io.jenkins.plugins.planb.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real {@code planb} command as users run it: {@code java -jar target/planb-cli.jar}, a
 * separate process, so exit codes, signals and concurrent runs are the real thing.
 */
final class PlanbCommand {

    private static final JsonFactory JSON = new JsonFactory();

    private PlanbCommand() {}

    /** The shaded jar {@code mvn package} built; skips (or fails strictly) when it is missing. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("planb.buildDir", "target"), "planb-cli.jar");
        if (!Files.isRegularFile(jar)) {
            String reason = jar + " is missing: the e2e tests run the packaged command (mvn verify builds it)";
            if (SystemRequirement.strict()) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        return jar;
    }

    static List<String> argv(Path config, String... arguments) {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString(), "-c", config.toString()));
        argv.addAll(List.of(arguments));
        return argv;
    }

    static ExternalProcess.Result run(Path config, String... arguments) {
        return run(Map.of(), config, arguments);
    }

    static ExternalProcess.Result run(Map<String, String> environment, Path config, String... arguments) {
        return ExternalProcess.run(argv(config, arguments), environment, Duration.ofMinutes(3));
    }

    static ExternalProcess.Started start(Map<String, String> environment, Path config, String... arguments) {
        try {
            return ExternalProcess.start(argv(config, arguments), environment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code backup --json} of one host: its single JSON object. */
    static Report backup(Path config, String host) {
        return Report.of(run(config, "backup", host, "--json"));
    }

    /** One host's result of {@code backup --json}, with the process it came from. */
    record Report(ExternalProcess.Result process, Map<String, Object> json) {

        static Report of(ExternalProcess.Result process) {
            List<Map<String, Object>> objects = jsonLines(process.stdoutText());
            if (objects.size() != 1) {
                throw new AssertionError("expected one JSON object per host, got " + objects.size() + " from " + process.describe());
            }
            return new Report(process, objects.get(0));
        }

        int exitCode() {
            return process.exitCode();
        }

        String outcome() {
            return (String) json.get("outcome");
        }

        String snapshot() {
            return (String) json.get("snapshot");
        }

        @SuppressWarnings("unchecked")
        List<String> destroyedSnapshots() {
            Object value = json.get("destroyedSnapshots");
            if (!(value instanceof List<?>)) {
                throw new AssertionError("destroyedSnapshots is not an array of names: " + json);
            }
            return (List<String>) value;
        }

        String error() {
            return (String) json.get("error");
        }

        @Override
        public String toString() {
            return process.describe();
        }
    }

    private static List<String> stringArray(JsonParser parser, String line) throws IOException {
        List<String> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_STRING) {
                throw new AssertionError("expected an array of strings: " + line);
            }
            items.add(parser.getText());
        }
        return items;
    }

    /** One flat JSON object per non-empty line (nested values are skipped). */
    static List<Map<String, Object>> jsonLines(String text) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser parser = JSON.createParser(line)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new AssertionError("not a JSON object: " + line);
                }
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (value) {
                        case VALUE_STRING -> object.put(name, parser.getText());
                        case VALUE_NUMBER_INT -> object.put(name, parser.getLongValue());
                        case VALUE_TRUE, VALUE_FALSE -> object.put(name, parser.getBooleanValue());
                        case VALUE_NULL -> object.put(name, null);
                        case START_ARRAY -> object.put(name, stringArray(parser, line));
                        default -> {
                            parser.skipChildren(); // nested objects are not needed here
                            object.put(name, "(nested)");
                        }
                    }
                }
                objects.add(object);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }
        return objects;
    }
}
