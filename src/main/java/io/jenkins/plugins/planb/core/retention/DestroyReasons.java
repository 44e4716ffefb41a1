package io.jenkins.plugins.planb.core.retention;

import io.jenkins.plugins.planb.core.storage.SnapshotName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a prune destroys each snapshot it destroys, in words a person can check against the
 * snapshot list: the planner keeps a snapshot for a reason ({@link KeptSnapshot}) and destroys
 * every other one of PlanB's own, so the reason to destroy is always "no pick of the policy",
 * told by where the snapshot lies relative to what is kept:
 * <ul>
 *   <li>older than every snapshot kept: the policy does not reach back that far;
 *   <li>otherwise: some kept snapshot stands for its slot; the nearest one in time is named with
 *   its own reasons, which is usually the one that won the slot.
 * </ul>
 */
public final class DestroyReasons {

    private DestroyReasons() {}

    /**
     * @return for each name of {@code plan.destroy()}, in that order, why it goes
     */
    public static Map<String, String> explain(RetentionPlan plan, RetentionPolicy policy) {
        List<Kept> kept = new ArrayList<>();
        for (KeptSnapshot snapshot : plan.kept()) {
            SnapshotName.parse(snapshot.name()).ifPresent(time -> kept.add(new Kept(snapshot, time)));
        }
        kept.sort(Comparator.comparing(Kept::time));
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String name : plan.destroy()) {
            reasons.put(name, explain(name, kept, policy));
        }
        return reasons;
    }

    private static String explain(String name, List<Kept> oldestFirst, RetentionPolicy policy) {
        Optional<Instant> time = SnapshotName.parse(name);
        if (time.isEmpty() || oldestFirst.isEmpty()) {
            return "not kept by " + describe(policy); // the planner destroys only PlanB's own names, with a newest kept
        }
        if (policy.counts().isEmpty()) {
            return "the policy is empty, which keeps only the newest snapshot, " + oldestFirst.getLast().snapshot().name();
        }
        Kept oldest = oldestFirst.getFirst();
        if (time.get().isBefore(oldest.time())) {
            return "older than anything " + describe(policy) + " keeps; its oldest pick is " + oldest.describe();
        }
        Kept nearest = oldest;
        for (Kept candidate : oldestFirst) {
            if (distance(candidate, time.get()).compareTo(distance(nearest, time.get())) < 0) {
                nearest = candidate;
            }
        }
        return "no slot of " + describe(policy) + " picks it; the nearest kept snapshot is " + nearest.describe();
    }

    private static Duration distance(Kept kept, Instant time) {
        return Duration.between(kept.time(), time).abs();
    }

    private static String describe(RetentionPolicy policy) {
        return "the policy " + policy;
    }

    private record Kept(KeptSnapshot snapshot, Instant time) {
        String describe() {
            return snapshot.name() + " (" + String.join(", ", snapshot.reasons()) + ")";
        }
    }
}
