package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDefaultConfigTest {

    @Test
    void backsUpThisMachinesEtcIntoTheGivenDirectory() throws ConfigException {
        PlanbConfig config = EmbeddedDefaultConfig.create(Path.of("/tmp/first-run/planb-data"));

        assertThat(config.storage()).isEqualTo(new StorageSpec.Directory(Path.of("/tmp/first-run/planb-data")));
        assertThat(config.stateDir()).isEqualTo(Path.of("/tmp/first-run/planb-data/state"));
        assertThat(config.hosts()).singleElement().satisfies(host -> {
            assertThat(host.id()).isEqualTo(EmbeddedDefaultConfig.HOST);
            assertThat(host.id()).hasToString("local/this-machine");
            assertThat(host.transport()).isEqualTo(TransportKind.LOCAL);
            assertThat(host.root()).isEqualTo("/etc");
            assertThat(host.include()).isEmpty();
            assertThat(host.exclude()).contains("shadow", "gshadow", "ssh/ssh_host_*_key", "ssl/private");
            assertThat(host.enabled()).isTrue();
            assertThat(host.retention()).hasToString("2y,12m,4w,16d");
        });
    }

    @Test
    void aRelativeDataDirectoryIsMadeAbsolute() throws ConfigException {
        PlanbConfig config = EmbeddedDefaultConfig.create(Path.of(EmbeddedDefaultConfig.DEFAULT_DATA_DIR));

        Path expected = Path.of("").toAbsolutePath().resolve("planb-data");
        assertThat(config.storage()).isEqualTo(new StorageSpec.Directory(expected));
        assertThat(config.stateDir()).isEqualTo(expected.resolve("state"));
    }

    @Test
    void aDataDirectoryWithANewlineIsRefused() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> EmbeddedDefaultConfig.create(Path.of("/tmp/bad\ndir")));
        assertThat(e.errors()).extracting(ConfigError::path).containsExactly("storage.directory.path", "stateDir");
    }

    @Test
    void itsYamlIsReadableAndHasNoStorageOfItsOwn() throws ConfigException {
        assertThat(EmbeddedDefaultConfig.yaml()).contains("transport: local").contains("root: /etc");
        Map<?, ?> tree = ConfigLoader.readTree(EmbeddedDefaultConfig.yaml());
        assertThat(tree.containsKey("storage")).isFalse();
        assertThat(tree.containsKey("stateDir")).isFalse();
    }
}
