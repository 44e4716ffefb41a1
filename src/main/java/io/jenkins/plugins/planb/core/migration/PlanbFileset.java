package io.jenkins.plugins.planb.core.migration;

import java.util.List;
import java.util.Objects;

/**
 * One fileset as the old PlanB's {@code confexport} writes it (planb/management/commands/confexport.py):
 * its {@code <hostgroup>-<friendly_name>} header, its retention counts (left out with
 * {@code --minimal}), the fixed schedule word, its paths and its notes.
 *
 * @param uniqueName  the header: host group name, {@code -}, fileset name
 * @param line        the header's line in the file, for messages
 * @param retention   the effective retention, or {@code null} when the export was made with {@code --minimal}
 * @param schedule    what {@code schedule} says ({@code nightly}, always), or {@code null}
 * @param paths       what the fileset's transport copies
 * @param notes       the fileset's notes, {@code ""} when it has none
 * @param unknownKeys keys confexport does not write, as {@code paths.x} for nested ones
 */
public record PlanbFileset(String uniqueName, int line, Retention retention, String schedule, Paths paths,
        String notes, List<String> unknownKeys) {

    public PlanbFileset {
        Objects.requireNonNull(uniqueName, "uniqueName");
        Objects.requireNonNull(paths, "paths");
        notes = notes == null ? "" : notes;
        unknownKeys = List.copyOf(unknownKeys);
    }

    /** The effective retention counts per period; 0 for a period the policy does not name. */
    public record Retention(long hourly, long daily, long weekly, long monthly, long yearly) {}

    /** What the fileset's transport copies. */
    public sealed interface Paths {}

    /**
     * An rsync transport: {@code src_dir}, and the include and exclude lists (PlanB keeps each
     * as one space-separated text, so no entry holds a space).
     */
    public record RsyncPaths(String root, List<String> include, List<String> exclude) implements Paths {

        public RsyncPaths {
            Objects.requireNonNull(root, "root");
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }
    }

    /** {@code "NO TRANSPORT CONFIGURED"}: PlanB never backed this fileset up. */
    public record NoTransport() implements Paths {

        public static final String TEXT = "NO TRANSPORT CONFIGURED";
    }

    /**
     * {@code "TRANSPORT DOES NOT SPECIFY PATHS"}: an exec transport (a command such as
     * planb-zfssync or planb-objsync), which confexport does not show.
     */
    public record ExecTransport() implements Paths {

        public static final String TEXT = "TRANSPORT DOES NOT SPECIFY PATHS";
    }
}
