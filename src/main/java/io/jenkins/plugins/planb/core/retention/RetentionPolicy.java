package io.jenkins.plugins.planb.core.retention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A retention policy in PlanB's syntax, such as {@code 2y,12m,4w,16d}: comma-separated
 * {@code <count><h|d|w|m|y>} items, applied in the order written. As in PlanB, a letter given
 * twice keeps its first position and takes the last count; an empty policy keeps only the
 * newest snapshot.
 */
public final class RetentionPolicy {

    /** The rule a policy string must follow, as told to users. */
    public static final String RULE =
            "comma-separated <count><unit> items with unit h, d, w, m or y, such as 2y,12m,4w,16d";

    private static final Pattern ITEM = Pattern.compile("(\\d{1,6})([hdwmy])");

    private final String text;
    private final Map<Period, Integer> counts;

    private RetentionPolicy(String text, Map<Period, Integer> counts) {
        this.text = text;
        this.counts = Collections.unmodifiableMap(counts);
    }

    /**
     * Parses a policy string.
     *
     * @throws IllegalArgumentException naming {@link #RULE} when the text does not follow it
     */
    public static RetentionPolicy parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("must not be null; " + RULE);
        }
        Map<Period, Integer> counts = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            String[] items = text.split(",", -1);
            for (int i = 0; i < items.length; i++) {
                String item = items[i];
                if (item.isEmpty() && i == items.length - 1 && i > 0) {
                    break; // PlanB accepts one trailing comma
                }
                var m = ITEM.matcher(item);
                if (!m.matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a retention policy: " + RULE);
                }
                counts.put(Period.ofLetter(m.group(2).charAt(0)), Integer.parseInt(m.group(1)));
            }
        }
        return new RetentionPolicy(text, counts);
    }

    /** Period counts in the order they are applied. */
    public Map<Period, Integer> counts() {
        return counts;
    }

    public List<Period> periods() {
        return new ArrayList<>(counts.keySet());
    }

    /** The text as written. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionPolicy other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
