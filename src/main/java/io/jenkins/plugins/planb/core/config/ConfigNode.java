package io.jenkins.plugins.planb.core.config;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One mapping of the YAML tree together with its field path, reading typed values out of it and
 * adding an error naming the field's path for every wrong type or broken rule. Reading never
 * stops at the first error, so one run finds them all.
 */
final class ConfigNode {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final String path;
    private final Map<?, ?> map;
    private final List<ConfigError> errors;

    ConfigNode(String path, Map<?, ?> map, List<ConfigError> errors) {
        this.path = path;
        this.map = map;
        this.errors = errors;
    }

    String path() {
        return path;
    }

    /** The path of a field of this mapping: {@code groups[0].hosts[2]} + {@code address}. */
    String pathOf(Object key) {
        String name = String.valueOf(key);
        String step = PLAIN_KEY.matcher(name).matches() ? name : "[" + Rules.quote(name) + "]";
        if (path.isEmpty()) {
            return step;
        }
        return step.startsWith("[") ? path + step : path + "." + step;
    }

    void error(String fieldPath, String message) {
        errors.add(new ConfigError(fieldPath, message));
    }

    /** Adds an error for every key not among {@code allowed}, suggesting the closest one. */
    void checkKeys(Collection<String> allowed) {
        checkKeys(allowed, List.of());
    }

    /**
     * As {@link #checkKeys(Collection)}, but keys among {@code checkedElsewhere} are left to the
     * caller, which has a better message for them than "unknown key".
     */
    void checkKeys(Collection<String> allowed, Collection<String> checkedElsewhere) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                error(pathOf(key), "keys must be text, not " + typeName(key));
            } else if (!allowed.contains(name) && !checkedElsewhere.contains(name)) {
                error(pathOf(name), KeySuggestions.unknownKeyMessage(name, allowed));
            }
        }
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    /** The value of a key that is present with a value; a present key without one is an error. */
    private Optional<Object> value(String key) {
        if (!map.containsKey(key)) {
            return Optional.empty();
        }
        Object value = map.get(key);
        if (value == null) {
            error(pathOf(key), "has no value");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A text value that follows {@code rule}. */
    Optional<String> string(String key, Function<String, Optional<String>> rule) {
        return value(key).flatMap(v -> checkedString(pathOf(key), v, rule));
    }

    private Optional<String> checkedString(String fieldPath, Object value, Function<String, Optional<String>> rule) {
        if (!(value instanceof String text)) {
            error(fieldPath, "must be text, not " + typeName(value)
                    + (isScalar(value) ? "; put it in quotes" : ""));
            return Optional.empty();
        }
        Optional<String> broken = rule.apply(text);
        broken.ifPresent(message -> error(fieldPath, message));
        return broken.isPresent() ? Optional.empty() : Optional.of(text);
    }

    Optional<Boolean> bool(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof Boolean b) {
                return Optional.of(b);
            }
            error(pathOf(key), "must be true or false, not " + typeName(v));
            return Optional.empty();
        });
    }

    /** A whole number that follows {@code rule}. */
    Optional<Long> integer(String key, Function<Long, Optional<String>> rule) {
        return value(key).flatMap(v -> {
            long number;
            if (v instanceof Integer || v instanceof Long) {
                number = ((Number) v).longValue();
            } else if (v instanceof BigInteger) {
                number = Long.MAX_VALUE; // out of every range we accept; the rule says which
            } else {
                error(pathOf(key), "must be a whole number, not " + typeName(v));
                return Optional.empty();
            }
            Optional<String> broken = rule.apply(number);
            broken.ifPresent(message -> error(pathOf(key), message));
            return broken.isPresent() ? Optional.empty() : Optional.of(number);
        });
    }

    /**
     * A duration: text such as {@code 10m} or {@code 1h30m}, or a whole number of seconds
     * ({@link Durations}), that follows {@code rule}.
     */
    Optional<Duration> duration(String key, Function<Duration, Optional<String>> rule) {
        return value(key).flatMap(v -> {
            Optional<Duration> parsed;
            if (v instanceof Integer || v instanceof Long) {
                long seconds = ((Number) v).longValue();
                parsed = seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
            } else if (v instanceof String text) {
                parsed = Durations.parse(text);
            } else {
                parsed = Optional.empty();
            }
            if (parsed.isEmpty()) {
                String found = v instanceof String text ? Rules.quote(text) : typeName(v);
                error(pathOf(key), "must be " + Durations.SYNTAX + ", not " + found);
                return Optional.empty();
            }
            Optional<String> broken = rule.apply(parsed.get());
            broken.ifPresent(message -> error(pathOf(key), message));
            return broken.isPresent() ? Optional.empty() : parsed;
        });
    }

    /** A list of text values, each following {@code rule}; bad items are reported by index. */
    Optional<List<String>> stringList(String key, Function<String, Optional<String>> rule) {
        return value(key).flatMap(v -> {
            if (!(v instanceof List<?> items)) {
                error(pathOf(key), "must be a list, not " + typeName(v));
                return Optional.empty();
            }
            List<String> good = new ArrayList<>();
            boolean allGood = true;
            for (int i = 0; i < items.size(); i++) {
                String itemPath = pathOf(key) + "[" + i + "]";
                Object item = items.get(i);
                Optional<String> text = item == null
                        ? reportMissingItem(itemPath)
                        : checkedString(itemPath, item, rule);
                text.ifPresent(good::add);
                allGood &= text.isPresent();
            }
            return allGood ? Optional.of(List.copyOf(good)) : Optional.empty();
        });
    }

    private Optional<String> reportMissingItem(String itemPath) {
        error(itemPath, "has no value");
        return Optional.empty();
    }

    /** A nested mapping. */
    Optional<ConfigNode> child(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof Map<?, ?> nested) {
                return Optional.of(new ConfigNode(pathOf(key), nested, errors));
            }
            error(pathOf(key), "must be a mapping of keys to values, not " + typeName(v));
            return Optional.empty();
        });
    }

    /** A list of mappings, such as {@code groups} or {@code hosts}; non-mappings are reported. */
    Optional<List<ConfigNode>> children(String key, String itemName) {
        return value(key).flatMap(v -> {
            if (!(v instanceof List<?> items)) {
                error(pathOf(key), "must be a list of " + itemName + "s, not " + typeName(v));
                return Optional.empty();
            }
            List<ConfigNode> nodes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String itemPath = pathOf(key) + "[" + i + "]";
                if (items.get(i) instanceof Map<?, ?> nested) {
                    nodes.add(new ConfigNode(itemPath, nested, errors));
                } else {
                    error(itemPath, "must be a " + itemName + " (a mapping with at least 'name'), not "
                            + typeName(items.get(i)));
                }
            }
            return Optional.of(nodes);
        });
    }

    private static boolean isScalar(Object value) {
        return value instanceof Number || value instanceof Boolean || value instanceof java.util.Date;
    }

    static String typeName(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "a whole number (" + value + ")";
        }
        if (value instanceof Number) {
            return "a decimal number (" + value + ")";
        }
        if (value instanceof Boolean) {
            return "true/false (" + value + "; YAML reads yes/no/on/off as true/false too)";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List || value instanceof java.util.Set) {
            return "a list";
        }
        if (value instanceof java.util.Date) {
            return "a date";
        }
        if (value instanceof byte[]) {
            return "binary data";
        }
        return value.getClass().getSimpleName();
    }
}
