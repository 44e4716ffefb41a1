package io.jenkins.plugins.planb.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DestroyReasonsTest {

    @Test
    void everyDestroyedSnapshotGetsAReasonInTheOrderOfThePlan() {
        // Three days, two runs on each of the last two: "2d" keeps the newest and one per day.
        List<String> names = List.of("planb-20260101T030000Z", "planb-20260102T030000Z", "planb-20260102T150000Z",
                "planb-20260103T030000Z", "planb-20260103T150000Z", "manual-before-upgrade");
        RetentionPolicy policy = RetentionPolicy.parse("2d");
        RetentionPlan plan = RetentionPlanner.plan(names, policy);

        Map<String, String> reasons = DestroyReasons.explain(plan, policy);

        assertThat(reasons.keySet()).containsExactlyElementsOf(plan.destroy());
        assertThat(plan.destroy()).doesNotContain("manual-before-upgrade", "planb-20260103T150000Z");
        for (String name : plan.destroy()) {
            String keptOldest = plan.kept().stream().filter(k -> k.name().startsWith("planb-"))
                    .map(KeptSnapshot::name).min(String::compareTo).orElseThrow();
            if (name.compareTo(keptOldest) < 0) {
                assertThat(reasons.get(name)).startsWith("older than anything the policy 2d keeps; its oldest pick is "
                        + keptOldest + " (");
            } else {
                assertThat(reasons.get(name)).startsWith("no slot of the policy 2d picks it; the nearest kept snapshot is ");
            }
        }
    }

    @Test
    void aSnapshotBetweenPicksNamesTheNearestKeptOneWithItsReasons() {
        RetentionPlan plan = new RetentionPlan(List.of(
                new KeptSnapshot("planb-20260103T030000Z", List.of("newest", "daily 2026-01-03")),
                new KeptSnapshot("planb-20260102T030000Z", List.of("daily 2026-01-02")),
                new KeptSnapshot("planb-20260101T030000Z", List.of("daily 2026-01-01")),
                new KeptSnapshot("manual", List.of("manual"))),
                List.of("planb-20251230T030000Z", "planb-20260102T160000Z"));

        Map<String, String> reasons = DestroyReasons.explain(plan, RetentionPolicy.parse("3d"));

        assertThat(reasons).containsExactly(
                Map.entry("planb-20251230T030000Z", "older than anything the policy 3d keeps; its oldest pick is "
                        + "planb-20260101T030000Z (daily 2026-01-01)"),
                Map.entry("planb-20260102T160000Z", "no slot of the policy 3d picks it; the nearest kept snapshot is "
                        + "planb-20260103T030000Z (newest, daily 2026-01-03)"));
    }

    @Test
    void anEmptyPolicyKeepsOnlyTheNewest() {
        RetentionPolicy policy = RetentionPolicy.parse("");
        RetentionPlan plan = RetentionPlanner.plan(List.of("planb-20260101T030000Z", "planb-20260102T030000Z"), policy);
        assertThat(DestroyReasons.explain(plan, policy)).containsExactly(Map.entry("planb-20260101T030000Z",
                "the policy is empty, which keeps only the newest snapshot, planb-20260102T030000Z"));
    }

    @Test
    void nothingDestroyedNothingExplained() {
        RetentionPolicy policy = RetentionPolicy.parse("2y,12m,4w,16d");
        assertThat(DestroyReasons.explain(RetentionPlanner.plan(List.of("planb-20260101T030000Z"), policy), policy))
                .isEmpty();
    }
}
