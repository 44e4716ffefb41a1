package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.retention.RetentionPlanner;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code planb retention --now}: when NOW is at or after the newest snapshot (the normal case)
 * it must print exactly the plan {@link RetentionPlanner} gives, the same as without {@code --now}.
 */
class RetentionNowTest {

    private static final long START = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = 3L * 365 * 86400;

    @Provide
    Arbitrary<List<String>> histories() {
        Arbitrary<String> own = Arbitraries.longs().between(0, SPAN).flatMap(offset -> Arbitraries.of(true, false)
                .map(minuteForm -> name(START + offset, minuteForm)));
        Arbitrary<String> manual = Arbitraries.of("hello", "before-upgrade", "planb-manual", "planb-29991231T000000");
        return Combinators.combine(own.list().ofMinSize(1).ofMaxSize(80), manual.list().ofMaxSize(3))
                .as((ownNames, manualNames) -> {
                    Set<String> all = new LinkedHashSet<>(ownNames);
                    all.addAll(manualNames);
                    return new ArrayList<>(all);
                });
    }

    @Provide
    Arbitrary<String> policies() {
        Arbitrary<String> item = Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of("h", "d", "w", "m", "y"))
                .as((count, letter) -> count + letter);
        return item.list().ofMinSize(1).ofMaxSize(5).map(items -> String.join(",", items));
    }

    private static String name(long epochSecond, boolean minuteForm) {
        String name = SnapshotName.format(Instant.ofEpochSecond(epochSecond));
        return minuteForm ? name.substring(0, name.length() - 3) + "Z" : name;
    }

    private static String json(String stdin, String... extra) {
        List<String> args = new ArrayList<>(List.of("retention", "--policy"));
        args.addAll(List.of(extra));
        args.add("--json");
        CliRun run = CliRun.run(Map.of(), stdin, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }

    @Property(tries = 60)
    void nowAtOrAfterTheNewestSnapshotChangesNothing(@ForAll("histories") List<String> names,
            @ForAll("policies") String policy) {
        String stdin = String.join("\n", names) + "\n";
        Instant newest = names.stream().map(SnapshotName::parse).flatMap(Optional::stream).max(Instant::compareTo)
                .orElseThrow();
        String planner = RetentionPlanner.plan(names, RetentionPolicy.parse(policy)).toJson();

        String without = json(stdin, policy);
        String farFuture = json(stdin, policy, "--now=9999-12-31T23:59:59Z");
        String atNewest = json(stdin, policy, "--now=" + newest);

        assertThat(without).isEqualTo(planner);
        assertThat(farFuture).isEqualTo(planner);
        assertThat(atNewest).isEqualTo(planner);
        assertThat(farFuture).doesNotContain(RetentionCommand.AFTER_NOW);
    }

    @Property(tries = 30)
    void snapshotsAfterNowAreOnlySetAsideNeverDestroyed(@ForAll("histories") List<String> names,
            @ForAll("policies") String policy) {
        String stdin = String.join("\n", names) + "\n";
        Instant middle = Instant.ofEpochSecond(START + SPAN / 2);
        List<String> later = names.stream()
                .filter(n -> SnapshotName.parse(n).map(t -> t.isAfter(middle)).orElse(false)).toList();
        List<String> earlier = names.stream().filter(n -> !later.contains(n)).toList();

        String asOf = json(stdin, policy, "--now=" + middle);

        String plannedEarlier = RetentionPlanner.plan(earlier, RetentionPolicy.parse(policy)).toJson();
        String destroyPart = plannedEarlier.substring(plannedEarlier.indexOf("\"destroy\""));
        assertThat(asOf).endsWith(destroyPart);
        for (String name : later) {
            assertThat(asOf).contains("{\"name\":\"" + name + "\",\"reasons\":[\"" + RetentionCommand.AFTER_NOW + "\"]}");
        }
    }
}
