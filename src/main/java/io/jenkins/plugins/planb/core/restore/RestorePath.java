package io.jenkins.plugins.planb.core.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * A file or directory inside a snapshot, relative to the host's {@code root} as it was backed
 * up: {@code etc/nginx} for {@code /etc/nginx} of a host whose root is {@code /}. The empty path
 * is the whole snapshot.
 *
 * @param relative components joined with {@code /}; no leading or trailing slash, no {@code .}
 *                 or {@code ..}; empty for the whole snapshot
 */
public record RestorePath(String relative) {

    public static final RestorePath WHOLE = new RestorePath("");

    /**
     * Reads {@code --path}: relative to the host's root, or absolute below it ({@code /srv/www}
     * with root {@code /srv} is {@code www}). {@code ..} is refused: the path must stay inside
     * the snapshot.
     *
     * @param option the option's name for messages, e.g. {@code --path}
     * @throws IllegalArgumentException naming the option and the rule
     */
    public static RestorePath parse(String option, String text, String hostRoot) {
        if (text == null) {
            return WHOLE;
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(option + ": must not contain a NUL character");
        }
        String path = text;
        if (path.startsWith("/")) {
            String root = hostRoot.endsWith("/") ? hostRoot : hostRoot + "/";
            if (path.equals(hostRoot) || (path + "/").equals(root)) {
                return WHOLE;
            }
            if (!path.startsWith(root)) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not below the host's root " + hostRoot
                        + "; give the path relative to the root, or absolute below it");
            }
            path = path.substring(root.length());
        }
        List<String> components = new ArrayList<>();
        for (String component : path.split("/")) {
            if (component.equals("..")) {
                throw new IllegalArgumentException(option + ": '" + text + "' contains '..'; the path must stay inside "
                        + "the snapshot");
            }
            if (!component.isEmpty() && !component.equals(".")) {
                components.add(component);
            }
        }
        return new RestorePath(String.join("/", components));
    }

    public boolean isWhole() {
        return relative.isEmpty();
    }

    /** The last component; empty for the whole snapshot. */
    public String name() {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    /** The path of the directory that holds this one; empty at the top. */
    public RestorePath parent() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? WHOLE : new RestorePath(relative.substring(0, slash));
    }

    /** {@code base} with this path appended, without a trailing slash. */
    public String under(String base) {
        String trimmed = base.length() > 1 && base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (isWhole()) {
            return trimmed;
        }
        return trimmed.equals("/") ? "/" + relative : trimmed + "/" + relative;
    }

    @Override
    public String toString() {
        return isWhole() ? "(the whole snapshot)" : relative;
    }
}
