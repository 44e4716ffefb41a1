package io.jenkins.plugins.planb.config;

import java.util.List;

/**
 * The settings one level of the hierarchy (a host, its group, the site) states; {@code null}, a
 * blank string or an empty list means "not set here, ask the next level".
 *
 * @param retention             retention policy text, e.g. {@code 2y,12m,4w,16d}
 * @param schedule              cron spec of the default trigger
 * @param label                 label expression of the storage agent
 * @param zfsParent             parent dataset for ZFS storage
 * @param directoryPath         base directory for directory storage
 * @param zfsSudo               run zfs through {@code sudo -n}
 * @param user                  remote user
 * @param sudo                  remote rsync through {@code sudo -n}
 * @param ionice                remote rsync through {@code ionice}
 * @param credentialsId         id of the SSH private key credential
 * @param include               include patterns (relative to root)
 * @param exclude               exclude patterns
 * @param notificationAddresses mail addresses told about every backup
 */
public record SettingLayer(
        String retention,
        String schedule,
        String label,
        String zfsParent,
        String directoryPath,
        Boolean zfsSudo,
        String user,
        Boolean sudo,
        Boolean ionice,
        String credentialsId,
        List<String> include,
        List<String> exclude,
        String notificationAddresses) {

    /** A level that sets nothing. */
    public static final SettingLayer EMPTY =
            new SettingLayer(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** A level that states only where snapshots are kept and how long: what a storage-only step says. */
    public static SettingLayer ofStorage(String retention, String zfsParent, String directoryPath) {
        return new SettingLayer(retention, null, null, zfsParent, directoryPath, null, null, null, null, null, null,
                null, null);
    }

    /** These inheritable settings with the group-only ones of a host group added. */
    public SettingLayer withGroupSettings(String schedule, String label, String zfsParent, String directoryPath,
            Boolean zfsSudo, String notificationAddresses) {
        return new SettingLayer(retention, schedule, label, zfsParent, directoryPath, zfsSudo, user, sudo, ionice,
                credentialsId, include, exclude, notificationAddresses);
    }

    public SettingLayer {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** Whether this level chooses the storage (either kind). */
    boolean choosesStorage() {
        return isSet(zfsParent) || isSet(directoryPath);
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
