package io.jenkins.plugins.planb.core.config;

/** How the files reach the storage machine. */
public enum TransportKind {
    /** rsync over ssh from the remote host (the normal case). */
    SSH,
    /** rsync on the storage machine itself, no ssh: for backing up the storage machine. */
    LOCAL
}
