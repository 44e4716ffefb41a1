package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.HostId;
import java.util.regex.Pattern;

/**
 * The names storage puts into dataset names and paths. Group, host and snapshot names become
 * one path component or one ZFS name component each, so anything that could climb out of
 * its place ({@code /}, {@code ..}), read as an option (leading {@code -}) or hide from
 * listings (leading {@code .}) is refused here, whatever the configuration validation did.
 */
final class StorageNames {

    /** Letters, digits and {@code _ - . :}, the intersection of what ZFS and paths accept. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]{0,199}");

    private StorageNames() {}

    static void requireSafeHost(HostId host) {
        requireSafe("group", host.group());
        requireSafe("host", host.host());
    }

    static String requireSafeSnapshot(String name) {
        return requireSafe("snapshot name", name);
    }

    /**
     * Only PlanB's own snapshots may be destroyed; a manual name reaching a destroy call is a
     * bug upstream, and storage is the last place that can refuse it.
     */
    static void requireOwnSnapshot(String name) throws StorageException {
        requireSafeSnapshot(name);
        if (!SnapshotName.isOwn(name)) {
            throw new StorageException("refusing to destroy snapshot '" + name + "': it is not a PlanB snapshot");
        }
    }

    static boolean isSafe(String name) {
        return name != null && SAFE.matcher(name).matches() && !name.contains("..");
    }

    private static String requireSafe(String what, String value) {
        if (!isSafe(value)) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' must be 1-200 letters, digits, '_', '-', '.' or ':', not start with '.' or '-'"
                    + " and not contain '..'");
        }
        return value;
    }
}
