package io.jenkins.plugins.planb.core.retention;

import io.jenkins.plugins.planb.core.storage.SnapshotName;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which snapshots a retention policy keeps, exactly as the old PlanB does
 * ({@code SnapshotRetentionManager} in {@code planb/storage/base.py}), so datasets migrated from
 * PlanB rotate the same way they always did.
 *
 * <p>The algorithm is anchored at the newest of PlanB's own snapshots, not at the clock:
 * <ol>
 *   <li>Manual snapshots (see {@link SnapshotName}) are always kept.
 *   <li>Own snapshots are ordered newest first by (time, name); the newest is always kept.
 *   <li>For each period of the policy, a walk starts at the newest snapshot and repeats
 *   {@code count + 1} times (the extra one makes {@code count} the minimum kept, so the whole
 *   period can be restored): it computes the wanted slot ({@link RetentionSlots#nextSlot}),
 *   keeps the snapshot strictly older than the previous pick that is closest to that slot, and
 *   continues from that pick. It ends early when nothing older is left.
 *   <li>All other own snapshots are destroyed.
 * </ol>
 *
 * <p>PlanB also stops walking as soon as every snapshot is kept. A walk never looks at what other
 * walks kept, so that shortcut cannot change the kept set; it is left out here so that every
 * snapshot carries every pick that chose it as a reason.
 *
 * <p>There is deliberately no "now": the walk is anchored at the newest snapshot, so a clock can
 * only change the result by ignoring snapshots (say, ones dated in the future), and that would
 * destroy what PlanB keeps.
 */
public final class RetentionPlanner {

    /** Newest first, by (time, name) as PlanB's tuple sort does. */
    private static final Comparator<OwnSnapshot> NEWEST_FIRST =
            Comparator.comparing(OwnSnapshot::time).thenComparing(OwnSnapshot::name).reversed();

    private RetentionPlanner() {
    }

    /**
     * Plans retention for one dataset.
     *
     * @param names all snapshot names of the dataset, in any order
     * @throws IllegalArgumentException when a name is null, empty or given twice
     */
    public static RetentionPlan plan(List<String> names, RetentionPolicy policy) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(policy, "policy");
        List<OwnSnapshot> own = new ArrayList<>();
        List<String> manual = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("snapshot names: a name must not be empty");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("snapshot names: '" + name + "' is given twice");
            }
            Optional<Instant> time = SnapshotName.parse(name);
            if (time.isPresent()) {
                own.add(new OwnSnapshot(LocalDateTime.ofInstant(time.get(), ZoneOffset.UTC), name));
            } else {
                manual.add(name);
            }
        }
        own.sort(NEWEST_FIRST);

        Map<String, List<String>> reasonsByKeptName = new LinkedHashMap<>();
        if (!own.isEmpty()) {
            reasonsByKeptName.computeIfAbsent(own.get(0).name(), n -> new ArrayList<>()).add(KeptSnapshot.NEWEST);
            for (Map.Entry<Period, Integer> entry : policy.counts().entrySet()) {
                walk(own, entry.getKey(), entry.getValue(), reasonsByKeptName);
            }
        }

        List<KeptSnapshot> kept = new ArrayList<>();
        for (OwnSnapshot snapshot : own) {
            List<String> reasons = reasonsByKeptName.get(snapshot.name());
            if (reasons != null) {
                kept.add(new KeptSnapshot(snapshot.name(), reasons));
            }
        }
        for (String name : manual) {
            kept.add(new KeptSnapshot(name, List.of(KeptSnapshot.MANUAL)));
        }
        List<String> destroy = new ArrayList<>();
        for (int i = own.size() - 1; i >= 0; i--) {
            if (!reasonsByKeptName.containsKey(own.get(i).name())) {
                destroy.add(own.get(i).name());
            }
        }
        return new RetentionPlan(kept, destroy);
    }

    /** One period's walk back from the newest snapshot; {@code newestFirst} must not be empty. */
    private static void walk(List<OwnSnapshot> newestFirst, Period period, int count,
            Map<String, List<String>> reasonsByKeptName) {
        LocalDateTime reference = newestFirst.get(0).time();
        LocalDateTime slot = null;
        for (long step = 0; step <= count; step++) {
            slot = RetentionSlots.nextSlot(period, reference, slot);
            OwnSnapshot pick = closestOlderThan(newestFirst, reference, slot);
            if (pick == null) {
                return;
            }
            reasonsByKeptName.computeIfAbsent(pick.name(), n -> new ArrayList<>())
                    .add(period.adjective() + " " + RetentionSlots.label(period, slot));
            reference = pick.time();
        }
    }

    /**
     * Among snapshots strictly older than {@code reference}, the one closest to {@code slot}; on
     * a tie the newer one (scanned first). As in PlanB the scan stops once the distance grows.
     */
    private static OwnSnapshot closestOlderThan(List<OwnSnapshot> newestFirst, LocalDateTime reference,
            LocalDateTime slot) {
        OwnSnapshot best = null;
        long bestDistance = 0;
        long slotSeconds = slot.toEpochSecond(ZoneOffset.UTC);
        for (OwnSnapshot candidate : newestFirst) {
            if (!candidate.time().isBefore(reference)) {
                continue;
            }
            long distance = Math.abs(slotSeconds - candidate.time().toEpochSecond(ZoneOffset.UTC));
            if (best == null || distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            } else if (distance > bestDistance) {
                break;
            }
        }
        return best;
    }

    private record OwnSnapshot(LocalDateTime time, String name) {
    }
}
