package io.jenkins.plugins.planb.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.storage.SnapshotName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of retention over random histories and policies. */
class RetentionPlannerPropertiesTest {

    private static final long START = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = 4L * 365 * 86400;

    @Provide
    Arbitrary<List<String>> histories() {
        Arbitrary<String> own = Arbitraries.longs().between(0, SPAN).flatMap(offset -> Arbitraries.of(true, false)
                .map(minuteForm -> name(START + offset, minuteForm)));
        Arbitrary<String> manual = Arbitraries.of("hello", "archive-20200101T0000Z", "before-upgrade", "planb-manual");
        return Combinators.combine(own.list().ofMaxSize(120), manual.list().ofMaxSize(3))
                .as((ownNames, manualNames) -> {
                    Set<String> all = new HashSet<>(ownNames);
                    all.addAll(manualNames);
                    return new ArrayList<>(all);
                });
    }

    @Provide
    Arbitrary<RetentionPolicy> policies() {
        Arbitrary<String> item = Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of("h", "d", "w", "m", "y"))
                .as((count, letter) -> count + letter);
        return item.list().ofMaxSize(6).map(items -> RetentionPolicy.parse(String.join(",", items)));
    }

    private static String name(long epochSecond, boolean minuteForm) {
        String name = SnapshotName.format(Instant.ofEpochSecond(epochSecond));
        return minuteForm ? name.substring(0, name.length() - 3) + "Z" : name;
    }

    @Property
    void keepAndDestroySplitTheInputExactly(@ForAll("histories") List<String> names, @ForAll("policies") RetentionPolicy policy) {
        RetentionPlan plan = RetentionPlanner.plan(names, policy);
        List<String> together = new ArrayList<>(plan.keptNames());
        together.addAll(plan.destroy());
        assertThat(together).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(names);
    }

    @Property
    void manualSnapshotsAreNeverDestroyed(@ForAll("histories") List<String> names, @ForAll("policies") RetentionPolicy policy) {
        RetentionPlan plan = RetentionPlanner.plan(names, policy);
        assertThat(plan.destroy()).allMatch(SnapshotName::isOwn);
        for (KeptSnapshot kept : plan.kept()) {
            assertThat(kept.reasons().contains(KeptSnapshot.MANUAL)).isEqualTo(!SnapshotName.isOwn(kept.name()));
        }
    }

    @Property
    void theNewestOwnSnapshotIsKeptFirst(@ForAll("histories") List<String> names, @ForAll("policies") RetentionPolicy policy) {
        RetentionPlan plan = RetentionPlanner.plan(names, policy);
        Instant newest = names.stream().map(SnapshotName::parse).flatMap(java.util.Optional::stream)
                .max(Instant::compareTo).orElse(null);
        if (newest != null) {
            KeptSnapshot first = plan.kept().get(0);
            assertThat(SnapshotName.parse(first.name())).contains(newest);
            assertThat(first.reasons()).startsWith(KeptSnapshot.NEWEST);
        }
        assertThat(plan.kept()).allMatch(k -> !k.reasons().isEmpty());
    }

    @Property
    void eachPeriodPicksAtMostCountPlusOne(@ForAll("histories") List<String> names, @ForAll("policies") RetentionPolicy policy) {
        RetentionPlan plan = RetentionPlanner.plan(names, policy);
        for (Map.Entry<Period, Integer> entry : policy.counts().entrySet()) {
            String prefix = entry.getKey().adjective() + " ";
            long picks = plan.kept().stream().flatMap(k -> k.reasons().stream()).filter(r -> r.startsWith(prefix)).count();
            assertThat(picks).isLessThanOrEqualTo(entry.getValue() + 1L);
        }
        long ownKept = plan.kept().stream().filter(k -> SnapshotName.isOwn(k.name())).count();
        long bound = 1 + policy.counts().values().stream().mapToLong(count -> count + 1L).sum();
        assertThat(ownKept).isLessThanOrEqualTo(bound);
    }

    /** Checked against PlanB first: on 12,000 random cases its own kept set was a fixed point too. */
    @Property
    void planningTheKeptSetAgainDestroysNothing(@ForAll("histories") List<String> names, @ForAll("policies") RetentionPolicy policy) {
        RetentionPlan plan = RetentionPlanner.plan(names, policy);
        RetentionPlan again = RetentionPlanner.plan(plan.keptNames(), policy);
        assertThat(again.destroy()).isEmpty();
    }

    @Property
    void inputOrderDoesNotMatter(@ForAll("histories") List<String> names, @ForAll("policies") RetentionPolicy policy,
            @ForAll long seed) {
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(seed));
        RetentionPlan plan = RetentionPlanner.plan(names, policy);
        RetentionPlan shuffledPlan = RetentionPlanner.plan(shuffled, policy);
        assertThat(shuffledPlan.destroy()).isEqualTo(plan.destroy());
        assertThat(shuffledPlan.kept().stream().filter(k -> SnapshotName.isOwn(k.name())).toList())
                .isEqualTo(plan.kept().stream().filter(k -> SnapshotName.isOwn(k.name())).toList());
    }

    @Property
    void destroyIsOldestFirst(@ForAll("histories") List<String> names, @ForAll("policies") RetentionPolicy policy) {
        List<Instant> times = RetentionPlanner.plan(names, policy).destroy().stream()
                .map(n -> SnapshotName.parse(n).orElseThrow()).toList();
        assertThat(times).isSorted();
    }
}
