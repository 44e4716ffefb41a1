package io.jenkins.plugins.planb.core.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.versions.VersionSpan.Change;
import io.jenkins.plugins.planb.core.versions.VersionTimeline.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Collapsing a path's versions across snapshots into spans. */
class VersionTimelineTest {

    private static final PathVersion A = PathVersion.file(3, Instant.parse("2026-01-01T00:00:00Z"), "aa", null);
    private static final PathVersion B = PathVersion.file(4, Instant.parse("2026-01-02T00:00:00Z"), "bb", null);
    private static final PathVersion B_TOUCHED = PathVersion.file(4, Instant.parse("2026-01-03T00:00:00Z"), "bb", null);

    private static List<Observation> observations(PathVersion... versions) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < versions.length; i++) {
            observations.add(new Observation(name(i), Instant.parse("2026-02-01T00:00:00Z").plusSeconds(86400L * i),
                    versions[i]));
        }
        return observations;
    }

    private static String name(int day) {
        return String.format("planb-202602%02dT000000Z", day + 1);
    }

    @Test
    void equalVersionsInARowAreOneSpanThatCountsItsSnapshots() {
        List<VersionSpan> spans = VersionTimeline.collapse(observations(A, A, A, B, B));

        assertThat(spans).containsExactly(
                new VersionSpan(Change.NEW, name(0), Instant.parse("2026-02-01T00:00:00Z"), name(2), 3, A),
                new VersionSpan(Change.CHANGED, name(3), Instant.parse("2026-02-04T00:00:00Z"), name(4), 2, B));
        assertThat(VersionTimeline.versions(spans)).isEqualTo(2);
    }

    @Test
    void aDeletionAndARecreationAreMarkedAndAbsenceBeforeTheFirstVersionIsNoDeletion() {
        List<VersionSpan> spans = VersionTimeline.collapse(observations(null, null, A, null, null, null, A, B));

        assertThat(spans).extracting(VersionSpan::change, VersionSpan::firstSnapshot, VersionSpan::snapshots)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Change.ABSENT, name(0), 2),
                        org.assertj.core.groups.Tuple.tuple(Change.NEW, name(2), 1),
                        org.assertj.core.groups.Tuple.tuple(Change.DELETED, name(3), 3),
                        org.assertj.core.groups.Tuple.tuple(Change.RECREATED, name(6), 1),
                        org.assertj.core.groups.Tuple.tuple(Change.CHANGED, name(7), 1));
        assertThat(spans.get(2).version()).isNull();
        assertThat(spans.get(2).lastSnapshot()).isEqualTo(name(5));
        assertThat(VersionTimeline.versions(spans)).as("a re-created version counts again").isEqualTo(3);
    }

    @Test
    void aTouchedFileWithTheSameContentsIsANewVersion() {
        assertThat(VersionTimeline.collapse(observations(B, B_TOUCHED))).extracting(VersionSpan::change)
                .containsExactly(Change.NEW, Change.CHANGED);
    }

    @Test
    void manualSnapshotsHaveNoTime() {
        List<VersionSpan> spans = VersionTimeline.collapse(List.of(new Observation("before-upgrade", null, A)));
        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.firstTakenAt()).isNull();
            assertThat(span.lastSnapshot()).isEqualTo("before-upgrade");
        });
    }

    @Test
    void noSnapshotsNoSpans() {
        assertThat(VersionTimeline.collapse(List.of())).isEmpty();
    }

    @Provide
    Arbitrary<List<PathVersion>> histories() {
        PathVersion c = PathVersion.directory(10, Instant.parse("2026-01-04T00:00:00Z"), 2, "cc", null);
        return Arbitraries.of(1, 2, 3, 4).list().ofMaxSize(40)
                .map(picks -> picks.stream().map(p -> switch (p) {
                    case 1 -> A;
                    case 2 -> B;
                    case 3 -> c;
                    default -> (PathVersion) null;
                }).toList());
    }

    @Property
    void spansExpandBackToTheSnapshotsNeighboursDifferAndChangesFollowTheRules(
            @ForAll("histories") List<PathVersion> history) {
        List<Observation> observations = observations(history.toArray(PathVersion[]::new));
        List<VersionSpan> spans = VersionTimeline.collapse(observations);

        List<PathVersion> expanded = new ArrayList<>();
        int index = 0;
        boolean seen = false;
        VersionSpan previous = null;
        for (VersionSpan span : spans) {
            assertThat(span.snapshots()).isPositive();
            assertThat(span.firstSnapshot()).isEqualTo(observations.get(index).snapshot());
            assertThat(span.lastSnapshot()).isEqualTo(observations.get(index + span.snapshots() - 1).snapshot());
            for (int i = 0; i < span.snapshots(); i++) {
                expanded.add(span.version());
            }
            if (previous != null) {
                assertThat(Objects.equals(previous.version(), span.version())).as("neighbours differ").isFalse();
            }
            Change expected = span.version() == null ? (seen ? Change.DELETED : Change.ABSENT)
                    : !seen ? Change.NEW : previous.present() ? Change.CHANGED : Change.RECREATED;
            assertThat(span.change()).isEqualTo(expected);
            seen |= span.present();
            index += span.snapshots();
            previous = span;
        }
        assertThat(expanded).containsExactlyElementsOf(history);
    }
}
