package io.jenkins.plugins.planb.core.config;

import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The host fields one level sets ({@code defaults}, a group or a host), each as its type:
 * {@link TransportKind}, text, port number, {@link Path}, true/false, list of patterns,
 * {@link RetentionPolicy} or {@link Duration}. Fields are kept in the order
 * {@link ConfigReader#HOST_FIELDS} lists them, then {@code dataset}, whatever order they were
 * set in, so a configuration is always written the same way.
 */
public final class HostSettings {

    private static final List<String> ORDER = order();

    private static final HostSettings NONE = new HostSettings(Map.of());

    private final Map<String, Object> values;

    private HostSettings(Map<String, Object> values) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String field : ORDER) {
            if (values.containsKey(field)) {
                ordered.put(field, requireType(field, values.get(field)));
            }
        }
        for (String field : values.keySet()) {
            if (!ORDER.contains(field)) {
                throw new IllegalArgumentException("'" + field + "' is not a host field");
            }
        }
        this.values = Collections.unmodifiableMap(ordered);
    }

    /** Nothing set. */
    public static HostSettings none() {
        return NONE;
    }

    /**
     * These values, typed as the fields want them (see the class comment).
     *
     * @throws IllegalArgumentException for an unknown field or a value of the wrong type
     */
    public static HostSettings of(Map<String, ?> values) {
        return new HostSettings(new LinkedHashMap<>(values));
    }

    /** These settings with one more field set (or replaced). */
    public HostSettings with(String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(field, value);
        return new HostSettings(changed);
    }

    /** These settings without the field. */
    public HostSettings without(String field) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.remove(field);
        return new HostSettings(changed);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** The value as its type, or {@code null} when not set. */
    public Object get(String field) {
        return values.get(field);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The typed values in their order. */
    public Map<String, Object> values() {
        return values;
    }

    /**
     * The values as a configuration file writes them: {@code ssh}/{@code local}, paths and
     * policies as text, {@code ioTimeout} and {@code connectTimeout} in whole seconds, the other
     * durations as {@link Durations#format} writes them.
     */
    public Map<String, Object> written() {
        Map<String, Object> plain = new LinkedHashMap<>();
        values.forEach((field, value) -> plain.put(field, written(field, value)));
        return plain;
    }

    private static Object written(String field, Object value) {
        return switch (value) {
            case TransportKind kind -> kind.name().toLowerCase(java.util.Locale.ROOT);
            case Path path -> path.toString();
            case RetentionPolicy policy -> policy.toString();
            case Duration duration -> field.equals("ioTimeout") || field.equals("connectTimeout")
                    ? (Object) duration.toSeconds()
                    : Durations.format(duration);
            case List<?> list -> new ArrayList<>(list); // a list of its own: SnakeYAML writes a shared one as an alias
            default -> value;
        };
    }

    private static Object requireType(String field, Object value) {
        Objects.requireNonNull(value, field);
        Class<?> wanted = switch (field) {
            case "transport" -> TransportKind.class;
            case "port" -> Integer.class;
            case "identityFile", "knownHostsFile" -> Path.class;
            case "sudo", "ionice", "enabled" -> Boolean.class;
            case "include", "exclude" -> List.class;
            case "retention" -> RetentionPolicy.class;
            case "ioTimeout", "connectTimeout", "stallTimeout", "maxRunTime", "progressInterval" -> Duration.class;
            default -> String.class;
        };
        if (!wanted.isInstance(value)) {
            throw new IllegalArgumentException(field + " must be a " + wanted.getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String text)) {
                    throw new IllegalArgumentException(field + " must be a list of text");
                }
                items.add(text);
            }
            return List.copyOf(items);
        }
        return value;
    }

    private static List<String> order() {
        List<String> order = new ArrayList<>(ConfigReader.HOST_FIELDS);
        order.add(ConfigReader.DATASET);
        return List.copyOf(order);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostSettings other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
