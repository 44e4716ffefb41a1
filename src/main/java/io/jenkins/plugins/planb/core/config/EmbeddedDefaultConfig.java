package io.jenkins.plugins.planb.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration for a first run without a configuration file: one group {@code local} with
 * one host {@code this-machine} that backs up this machine's {@code /etc} (secret files excluded)
 * with {@code transport: local}, into directory storage under a data directory the caller
 * chooses. The group and host part is the resource {@code embedded-default.yaml}, so users can
 * read it and copy it ({@link #yaml()}); it goes through the same {@link ConfigReader} as any
 * file.
 */
public final class EmbeddedDefaultConfig {

    /** The data directory a first run uses when the user names none, relative to the working directory. */
    public static final String DEFAULT_DATA_DIR = "planb-data";

    /** The one host of the embedded default. */
    public static final HostId HOST = new HostId("local", "this-machine");

    private static final String RESOURCE = "embedded-default.yaml";

    private EmbeddedDefaultConfig() {}

    /**
     * The embedded default with directory storage at {@code dataDir} (made absolute) and the
     * state directory {@code dataDir/state}.
     *
     * @throws ConfigException when {@code dataDir} is not a usable path (say, it has a newline)
     */
    public static PlanbConfig create(Path dataDir) throws ConfigException {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Map<Object, Object> tree = new LinkedHashMap<>(ConfigLoader.readTree(yaml()));
        tree.put("storage", Map.of("directory", Map.of("path", absolute.toString())));
        tree.put("stateDir", absolute.resolve("state").toString());
        return ConfigReader.read(tree);
    }

    /** The YAML text of the embedded default's groups and defaults, with its explanation. */
    public static String yaml() {
        try (InputStream in = EmbeddedDefaultConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
