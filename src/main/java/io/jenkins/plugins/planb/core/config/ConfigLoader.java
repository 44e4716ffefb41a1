package io.jenkins.plugins.planb.core.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a PlanB configuration file: YAML into plain maps, lists and scalars with a safe loader,
 * then {@link ConfigReader} into a typed {@link PlanbConfig}.
 *
 * <p>The loader constructs only YAML's standard types (no Java classes from tags), refuses
 * duplicate keys, recursive keys and more than {@value #MAX_ALIASES} aliases (no "billion laughs"),
 * nests at most {@value #MAX_NESTING} levels and reads at most {@value #MAX_CHARACTERS}
 * characters. Every failure, including an unreadable file, is a {@link ConfigException}.
 */
public final class ConfigLoader {

    /** More aliases than this in one file is refused. */
    public static final int MAX_ALIASES = 50;

    /** Deeper nesting than this is refused. */
    public static final int MAX_NESTING = 50;

    /** Longer files than this are refused; a real configuration is a few kilobytes. */
    public static final int MAX_CHARACTERS = 1024 * 1024;

    private ConfigLoader() {}

    /** Reads and validates the configuration file. */
    public static PlanbConfig load(Path file) throws ConfigException {
        return ConfigReader.read(readTree(readFile(file)));
    }

    /**
     * Reads and validates the configuration file, and gives it as written: what
     * {@code defaults}, each group and each host set themselves.
     */
    public static ConfigDocument loadDocument(Path file) throws ConfigException {
        return ConfigReader.readDocument(readTree(readFile(file)));
    }

    /** {@link #loadDocument} for YAML text. */
    public static ConfigDocument parseDocument(String yaml) throws ConfigException {
        return ConfigReader.readDocument(readTree(yaml));
    }

    /** Reads and validates a configuration given as YAML text. */
    public static PlanbConfig parse(String yaml) throws ConfigException {
        return ConfigReader.read(readTree(yaml));
    }

    /**
     * Parses YAML text into its top-level mapping, without checking any PlanB rule.
     *
     * @throws ConfigException when the text is not YAML, has a duplicate key, too many aliases,
     *     or is not a mapping
     */
    public static Map<?, ?> readTree(String yaml) throws ConfigException {
        Object document;
        try {
            document = newYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            throw new ConfigException(new ConfigError("", describe(e)));
        } catch (YAMLException e) {
            throw new ConfigException(new ConfigError("", "not valid YAML: " + e.getMessage()));
        }
        if (document == null) {
            throw new ConfigException(new ConfigError(
                    "", "the configuration is empty; it needs at least 'storage'"));
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new ConfigException(new ConfigError(
                    "", "the configuration must be a mapping of storage, stateDir, defaults and groups"));
        }
        return map;
    }

    private static String readFile(Path file) throws ConfigException {
        try {
            if (Files.size(file) > MAX_CHARACTERS * 4L) {
                throw new ConfigException(new ConfigError(
                        "", "cannot read " + file + ": larger than " + MAX_CHARACTERS + " characters"));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(new ConfigError("", "cannot read " + file + ": no such file"));
        } catch (CharacterCodingException e) {
            throw new ConfigException(new ConfigError("", "cannot read " + file + ": not UTF-8 text"));
        } catch (IOException e) {
            throw new ConfigException(new ConfigError("", "cannot read " + file + ": " + e.getMessage()));
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CHARACTERS);
        return new Yaml(new SafeConstructor(options));
    }

    private static String describe(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        if (problem.startsWith("found duplicate key ")) {
            problem = "duplicate key '" + problem.substring("found duplicate key ".length()) + "'";
        }
        String where = mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
        // SnakeYAML's problem texts may quote the offending input; keep the message one line.
        return "not valid YAML: " + where + problem.replaceAll("\\p{Cntrl}", " ");
    }
}
