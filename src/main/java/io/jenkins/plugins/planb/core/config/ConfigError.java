package io.jenkins.plugins.planb.core.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration.
 *
 * @param path    where, as a field path such as {@code groups[0].hosts[2].address},
 *                {@code storage.zfs.parent} or {@code defaults.retention}; empty when the error
 *                is about the file as a whole (unreadable, not YAML)
 * @param message what is wrong, naming the rule the value broke
 */
public record ConfigError(String path, String message) {

    public ConfigError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path: message}, or just the message when the error has no path. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
