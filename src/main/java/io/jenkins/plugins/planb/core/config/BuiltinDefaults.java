package io.jenkins.plugins.planb.core.config;

import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The values a host gets for fields set nowhere (not on the host, its group or
 * {@code defaults}), and the command's default state directory. The Jenkins forms show the same
 * values as their defaults.
 *
 * <p>Why these: {@code remotebackup} is the remote user of the old PlanB and of DESIGN.md's
 * example, a dedicated unprivileged account rather than {@code root}; sudo and ionice are off
 * until asked for, because they need something installed and configured on the remote host; an
 * empty include list means the whole {@code root}, so nothing is left out silently; the
 * retention is PlanB's default; a connection with no traffic for an hour is dead, and a host
 * that does not answer within 30 seconds is down. A transfer that moves no byte for ten minutes
 * has stalled (rsync reports progress about every second while data moves; the longest healthy
 * pause is rsync reading the old copy of a large changed file before the first new byte, about
 * 100 GiB at 200 MB/s); a run has no maximum time unless one is set, because a first backup may
 * rightly take days; and a progress line every 30 seconds keeps a build log readable. The known_hosts file sits next to the default
 * state directory, not inside it, so it does not move when a site points {@code stateDir}
 * elsewhere.
 */
public final class BuiltinDefaults {

    public static final TransportKind TRANSPORT = TransportKind.SSH;
    public static final int PORT = 22;
    public static final String USER = "remotebackup";
    public static final boolean SUDO = false;
    public static final boolean IONICE = false;
    public static final String ROOT = "/";
    public static final List<String> INCLUDE = List.of();
    public static final List<String> EXCLUDE = List.of();
    public static final boolean ENABLED = true;
    public static final String RETENTION_TEXT = "2y,12m,4w,16d";
    public static final RetentionPolicy RETENTION = RetentionPolicy.parse(RETENTION_TEXT);
    public static final Duration IO_TIMEOUT = Duration.ofSeconds(3600);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration STALL_TIMEOUT = Duration.ofMinutes(10);
    /** {@link Duration#ZERO}: no maximum. */
    public static final Duration MAX_RUN_TIME = Duration.ZERO;
    public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(30);
    public static final Path KNOWN_HOSTS_FILE = Path.of("/var/lib/planb/known_hosts");
    /** No key file: ssh uses its own defaults (agent, {@code ~/.ssh/id_*}). */
    public static final Path IDENTITY_FILE = null;
    public static final Path STATE_DIR = Path.of("/var/lib/planb/state");
    public static final boolean ZFS_SUDO = false;

    private BuiltinDefaults() {}
}
