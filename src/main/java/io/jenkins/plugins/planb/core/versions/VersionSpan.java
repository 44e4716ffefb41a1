package io.jenkins.plugins.planb.core.versions;

import java.time.Instant;

/**
 * Consecutive snapshots (oldest first) that hold the same version of a path, or that all lack it.
 *
 * @param change        how this span differs from the one before it
 * @param firstSnapshot the oldest snapshot of the span: where this version first appears (or the path went missing)
 * @param firstTakenAt  that snapshot's time; {@code null} for a manual snapshot, whose name has none
 * @param lastSnapshot  the newest snapshot of the span
 * @param snapshots     how many snapshots the span covers, at least 1
 * @param version       the version; {@code null} in a span where the path does not exist
 */
public record VersionSpan(Change change, String firstSnapshot, Instant firstTakenAt, String lastSnapshot, int snapshots,
        PathVersion version) {

    /** What happened at the start of a span. */
    public enum Change {
        /** the path is not in the oldest snapshots yet */
        ABSENT("absent"),
        /** the first version */
        NEW("new"),
        /** a version that differs from the one before */
        CHANGED("changed"),
        /** the path was deleted: absent from here */
        DELETED("deleted"),
        /** the path is back after it was deleted */
        RECREATED("re-created");

        private final String word;

        Change(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public boolean present() {
        return version != null;
    }
}
