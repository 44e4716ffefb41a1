package io.jenkins.plugins.planb.backup;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the second phase of a backup may take its snapshot, given what happened to the build
 * since the transfer. The engine already refuses a snapshot after a bad transfer; this adds the
 * build's own verdict: a build that was aborted, or that a later step failed, between the
 * transfer and snapshot-and-rotate gets no snapshot (the live copy stays for the next run), so
 * that nobody later finds a snapshot kept by retention as if it were a checked backup.
 */
public final class SnapshotGate {

    /** Build results (by name) after which no snapshot is taken: worse than UNSTABLE. */
    private static final Set<String> NO_SNAPSHOT_AFTER = Set.of("FAILURE", "NOT_BUILT", "ABORTED");

    private SnapshotGate() {}

    /**
     * @param buildResult the build's result so far by name ({@code null} while none is set)
     * @param interrupted whether the build's thread has been interrupted (an abort on its way)
     * @return why no snapshot may be taken; empty when snapshot-and-rotate may go ahead
     */
    public static Optional<String> abandonReason(String buildResult, boolean interrupted) {
        if (interrupted) {
            return Optional.of("the build was aborted after the transfer: no snapshot taken");
        }
        if (buildResult != null && NO_SNAPSHOT_AFTER.contains(buildResult.toUpperCase(Locale.ROOT))) {
            return Optional.of("the build was " + buildResult.toUpperCase(Locale.ROOT)
                    + " after the transfer: no snapshot taken");
        }
        return Optional.empty();
    }
}
