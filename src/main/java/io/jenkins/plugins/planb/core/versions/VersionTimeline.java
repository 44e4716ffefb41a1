package io.jenkins.plugins.planb.core.versions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A path's versions across a host's snapshots, consecutive equal ones collapsed into one span. */
public final class VersionTimeline {

    /**
     * What one snapshot holds at the path.
     *
     * @param takenAt {@code null} for a manual snapshot
     * @param version {@code null} when the path is not in it
     */
    public record Observation(String snapshot, Instant takenAt, PathVersion version) {
        public Observation {
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    private VersionTimeline() {}

    /**
     * Collapses observations, oldest first, into spans: a new span wherever the version differs
     * from the snapshot before (present or not). Marks the first version {@code NEW}, later ones
     * {@code CHANGED}, a gap after a version {@code DELETED}, a version after a gap
     * {@code RECREATED}, and a gap before the first version {@code ABSENT}.
     */
    public static List<VersionSpan> collapse(List<Observation> observations) {
        List<VersionSpan> spans = new ArrayList<>();
        int start = 0;
        boolean seen = false;
        for (int i = 1; i <= observations.size(); i++) {
            if (i < observations.size()
                    && Objects.equals(observations.get(i).version(), observations.get(start).version())) {
                continue;
            }
            Observation first = observations.get(start);
            VersionSpan.Change change;
            if (first.version() == null) {
                change = seen ? VersionSpan.Change.DELETED : VersionSpan.Change.ABSENT;
            } else if (!seen) {
                change = VersionSpan.Change.NEW;
            } else if (spans.get(spans.size() - 1).present()) {
                change = VersionSpan.Change.CHANGED;
            } else {
                change = VersionSpan.Change.RECREATED;
            }
            seen |= first.version() != null;
            spans.add(new VersionSpan(change, first.snapshot(), first.takenAt(), observations.get(i - 1).snapshot(),
                    i - start, first.version()));
            start = i;
        }
        return spans;
    }

    /** How many distinct spans hold the path: its versions, a re-created one counted again. */
    public static long versions(List<VersionSpan> spans) {
        return spans.stream().filter(VersionSpan::present).count();
    }
}
