package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.util.List;

/**
 * The account the storage-side rsync runs as: the one that runs the engine's commands without
 * sudo (on a Jenkins agent that is the agent's user, not the controller's, so it is asked with
 * {@code id}, never taken from this JVM).
 *
 * @param uid numeric user id
 * @param gid numeric primary group id
 */
record StorageUser(long uid, long gid) {

    boolean isRoot() {
        return uid == 0;
    }

    /** {@code uid:gid}, as chown takes it. */
    String owner() {
        return uid + ":" + gid;
    }

    /** Asks {@code id -u} and {@code id -g}; {@code null} when either gives no number. */
    static StorageUser query(StorageCommands commands) throws IOException, InterruptedException {
        Long uid = number(commands.runUnprivileged(List.of("id", "-u")));
        Long gid = number(commands.runUnprivileged(List.of("id", "-g")));
        return uid == null || gid == null ? null : new StorageUser(uid, gid);
    }

    private static Long number(ExecResult result) {
        if (!result.succeeded()) {
            return null;
        }
        try {
            return Long.parseLong(result.stdout().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
