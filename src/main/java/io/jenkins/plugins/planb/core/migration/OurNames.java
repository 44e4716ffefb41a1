package io.jenkins.plugins.planb.core.migration;

import io.jenkins.plugins.planb.core.config.Rules;
import java.util.Locale;
import java.util.Set;

/**
 * PlanB's group and fileset names made into names this configuration accepts
 * ({@link Rules#NAME_RULE}): the old PlanB checked nothing, so {@code Acme Corp} or
 * {@code web_01.Example} exist. Lower case; every other character becomes {@code -}; leading
 * characters that are not a letter or digit go; at most 63 characters; a name already taken
 * gets {@code -2}, {@code -3}, ...
 */
final class OurNames {

    private static final int MAX = 63;

    private OurNames() {}

    /** A name the rules accept, close to {@code planbName} and not in {@code taken}. */
    static String of(String planbName, Set<String> taken, String fallback) {
        StringBuilder out = new StringBuilder();
        for (char c : planbName.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            if (out.isEmpty() && !(Character.isLetterOrDigit(c) && allowed)) {
                continue;
            }
            out.append(allowed ? c : '-');
        }
        String base = out.isEmpty() ? fallback : out.toString();
        if (base.length() > MAX) {
            base = base.substring(0, MAX);
        }
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            String suffix = "-" + n;
            name = (base.length() + suffix.length() > MAX ? base.substring(0, MAX - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
