package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account the storage-side rsync runs as: the one that runs the engine's commands without
 * sudo (on a Jenkins agent that is the agent's user, not the controller's, so it is asked with
 * {@code id}, never taken from this JVM).
 *
 * @param uid numeric (effective) user id
 * @param gid numeric (effective) primary group id
 */
record StorageUser(long uid, long gid) {

    boolean isRoot() {
        return uid == 0;
    }

    /** {@code uid:gid}, as chown takes it. */
    String owner() {
        return uid + ":" + gid;
    }

    /** Asks a plain {@code id} (one process instead of {@code id -u} and {@code id -g}); {@code null} when it gives no ids. */
    static StorageUser query(StorageCommands commands) throws IOException, InterruptedException {
        ExecResult result = commands.runUnprivileged(List.of("id"));
        return result.succeeded() ? parse(result.stdout()) : null;
    }

    /**
     * Reads {@code uid=1001(jenkins) gid=1001(jenkins) groups=…} (the runner sets LC_ALL=C).
     * When the effective ids differ, {@code id} adds {@code euid=}/{@code egid=}; those are
     * what {@code id -u}/{@code id -g} print and what decides whether rsync may chown, so
     * they win.
     */
    static StorageUser parse(String idOutput) {
        Long uid = field(idOutput, "euid", field(idOutput, "uid", null));
        Long gid = field(idOutput, "egid", field(idOutput, "gid", null));
        return uid == null || gid == null ? null : new StorageUser(uid, gid);
    }

    private static Long field(String idOutput, String name, Long otherwise) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + name + "=(\\d{1,18})(?:\\(|\\s|$)").matcher(idOutput.strip());
        return matcher.find() ? Long.valueOf(matcher.group(1)) : otherwise;
    }
}
