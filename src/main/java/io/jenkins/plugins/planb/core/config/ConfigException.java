package io.jenkins.plugins.planb.core.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration that cannot be used, with every error found in it (not only the first), so
 * one {@code planb validate} shows everything to fix. The message lists the errors one per line
 * as {@code path: message}.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<ConfigError> errors;

    public ConfigException(List<ConfigError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ConfigException(ConfigError error) {
        this(List.of(error));
    }

    /** Every error, in the order found (document order). */
    public List<ConfigError> errors() {
        return errors;
    }

    private static String describe(List<ConfigError> errors) {
        return errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
    }
}
