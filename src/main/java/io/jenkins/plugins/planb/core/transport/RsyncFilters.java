package io.jenkins.plugins.planb.core.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a host's {@code include} and {@code exclude} lists into rsync filter arguments, each
 * value one argv element.
 *
 * <p><b>Includes</b> keep the old PlanB's expansion, but anchored at the transfer root (the
 * old PlanB's unanchored {@code etc/***} also pulled in {@code /usr/local/etc}):
 * every parent directory is included as {@code /dir/}; a last element without {@code *} becomes
 * {@code /path/***} (the directory and everything in it, or the file of that name); a last
 * element with {@code *} stays a pattern ({@code var/log/auth*}). The list is sorted and
 * de-duplicated, and a final {@code --exclude=*} drops everything not included. Without
 * includes the whole root is transferred.
 *
 * <p><b>Excludes</b> come first, because rsync stops at the first matching rule, so an
 * exclude always wins over an include. The rule: an exclude containing a {@code /} (not
 * counting a trailing one) names a path under the root and is anchored ({@code var/www/cache}
 * means {@code <root>/var/www/cache} only); an exclude without a {@code /} ({@code *.tmp},
 * {@code .cache}) matches a name at any depth, as in rsync, tar and .gitignore. A trailing
 * {@code /} restricts a rule to directories. Patterns are rsync patterns: {@code *},
 * {@code **}, {@code ?} and {@code [} are wildcards.
 *
 * <p><b>Whole-system roots.</b> A host with root {@code /} and no includes would otherwise
 * descend into the kernel's pseudo file systems, producing errors and gigabytes of nonsense.
 * For that case {@code /proc}, {@code /sys}, {@code /dev} and {@code /run} are kept as empty
 * directories ({@code /proc/*} ...). We deliberately do not use {@code --one-file-system}: it
 * would also silently skip {@code /home} or {@code /var} on their own partitions, and a
 * backup that quietly misses data is worse than one that is visibly too big.
 */
public final class RsyncFilters {

    /** Contents left out when the whole of {@code /} is backed up without includes. */
    public static final List<String> PSEUDO_FILESYSTEM_EXCLUDES = List.of("/dev/*", "/proc/*", "/run/*", "/sys/*");

    private RsyncFilters() {}

    /** {@code --exclude=…} and {@code --include=…} arguments, in the order rsync must see them. */
    public static List<String> arguments(String root, List<String> include, List<String> exclude) {
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < exclude.size(); i++) {
            arguments.add("--exclude=" + anchoredExclude("exclude[" + i + "]", exclude.get(i)));
        }
        if (include.isEmpty() && "/".equals(root)) {
            PSEUDO_FILESYSTEM_EXCLUDES.forEach(pattern -> arguments.add("--exclude=" + pattern));
        }
        List<String> expanded = expandedIncludes(include);
        expanded.forEach(pattern -> arguments.add("--include=" + pattern));
        if (!expanded.isEmpty()) {
            arguments.add("--exclude=*");
        }
        return arguments;
    }

    /** The include list with parents added, anchored, sorted and de-duplicated. */
    public static List<String> expandedIncludes(List<String> include) {
        TreeSet<String> patterns = new TreeSet<>();
        for (int i = 0; i < include.size(); i++) {
            String path = normalized("include[" + i + "]", include.get(i));
            String[] elements = path.split("/");
            StringBuilder parent = new StringBuilder("/");
            for (int e = 0; e < elements.length - 1; e++) {
                parent.append(elements[e]).append('/');
                patterns.add(parent.toString());
            }
            String last = elements[elements.length - 1];
            patterns.add(last.contains("*") ? "/" + path : "/" + path + "/***");
        }
        return List.copyOf(patterns);
    }

    static String anchoredExclude(String field, String exclude) {
        boolean directoryOnly = exclude.endsWith("/");
        String path = normalized(field, exclude);
        boolean anchored = exclude.startsWith("/") || path.contains("/");
        return (anchored ? "/" : "") + path + (directoryOnly ? "/" : "");
    }

    /**
     * Without leading and trailing slashes or empty elements. {@code ..} is refused: a filter
     * cannot reach outside the root, and pretending it could would mislead the reader.
     */
    private static String normalized(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        List<String> elements = new ArrayList<>();
        for (String element : value.split("/")) {
            if (element.isEmpty() || element.equals(".")) {
                continue;
            }
            if (element.equals("..")) {
                throw new IllegalArgumentException(field + ": '" + value + "' must not contain '..'");
            }
            elements.add(element);
        }
        if (elements.isEmpty()) {
            throw new IllegalArgumentException(field + ": '" + value + "' names no path below the root");
        }
        return String.join("/", elements);
    }
}
