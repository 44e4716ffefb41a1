package io.jenkins.plugins.planb.page;

import hudson.Util;
import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.retention.DestroyReasons;
import io.jenkins.plugins.planb.core.retention.KeptSnapshot;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPlanner;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import io.jenkins.plugins.planb.core.storage.SnapshotSpace;
import io.jenkins.plugins.planb.summary.HostSummaryView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A host's snapshots as the snapshot page shows them, newest first: each with its age, the space
 * it alone holds and why retention keeps it, or why the next prune destroys it. Either a listing
 * or the {@link #getProblem() problem} that prevented one (no online storage agent, no storage).
 */
public final class SnapshotListing {

    private final String problem;
    private final String agent;
    private final String dataset;
    private final String policy;
    private final List<Row> rows;
    private final List<Row> destroyed;

    private SnapshotListing(String problem, String agent, String dataset, String policy, List<Row> rows,
            List<Row> destroyed) {
        this.problem = problem;
        this.agent = agent;
        this.dataset = dataset;
        this.policy = policy;
        this.rows = rows;
        this.destroyed = destroyed;
    }

    /** No listing, for the reason given. */
    static SnapshotListing failed(String problem) {
        return new SnapshotListing(problem, "", "", "", List.of(), List.of());
    }

    /**
     * The listing of {@code snapshots} (oldest first, as the storage gives them) under {@code policy}.
     *
     * @param now epoch milliseconds the ages are counted to
     */
    static SnapshotListing of(String agent, String dataset, RetentionPolicy policy, List<SnapshotSpace> snapshots,
            long now) {
        RetentionPlan plan = RetentionPlanner.plan(snapshots.stream().map(SnapshotSpace::name).toList(), policy);
        Map<String, List<String>> keptFor = new HashMap<>();
        for (KeptSnapshot kept : plan.kept()) {
            keptFor.put(kept.name(), kept.reasons());
        }
        Map<String, String> destroyFor = DestroyReasons.explain(plan, policy);
        List<Row> rows = new ArrayList<>();
        for (SnapshotSpace snapshot : snapshots) {
            String reasons = keptFor.containsKey(snapshot.name()) ? String.join(", ", keptFor.get(snapshot.name())) : "";
            rows.add(new Row(snapshot, now, reasons, destroyFor.get(snapshot.name())));
        }
        List<Row> destroyed = new ArrayList<>();
        for (Row row : rows) {
            if (row.isDestroyedByNextPrune()) {
                destroyed.add(row);
            }
        }
        Collections.reverse(rows);
        return new SnapshotListing(null, agent, dataset, policy.toString(), List.copyOf(rows), List.copyOf(destroyed));
    }

    /** Why there is no listing; {@code null} when there is one. */
    public String getProblem() {
        return problem;
    }

    public boolean isListed() {
        return problem == null;
    }

    /** The node the listing ran on. */
    public String getAgent() {
        return agent;
    }

    public String getDataset() {
        return dataset;
    }

    public String getPolicy() {
        return policy;
    }

    /** Every snapshot, newest first. */
    public List<Row> getRows() {
        return rows;
    }

    /** What the next prune destroys, oldest first. */
    public List<Row> getDestroyed() {
        return destroyed;
    }

    /** Their names, for the prune form: exactly what was reviewed. */
    public List<String> getDestroyedNames() {
        return destroyed.stream().map(Row::getName).toList();
    }

    /**
     * What destroying them frees at least: the sum of the space each alone holds (destroying
     * several also frees what only they share, so usually more); "?" where the storage cannot tell.
     */
    public String getFreedAtLeast() {
        long sum = 0;
        for (Row row : destroyed) {
            if (row.space.usedBytes() < 0) {
                return "?";
            }
            sum += row.space.usedBytes();
        }
        return Units.bytes(sum);
    }

    /** One snapshot. */
    public static final class Row {

        private final SnapshotSpace space;
        private final long now;
        private final String keptBecause;
        private final String destroyedBecause;

        Row(SnapshotSpace space, long now, String keptBecause, String destroyedBecause) {
            this.space = space;
            this.now = now;
            this.keptBecause = keptBecause;
            this.destroyedBecause = destroyedBecause;
        }

        public String getName() {
            return space.name();
        }

        public boolean isManual() {
            return !SnapshotName.isOwn(space.name());
        }

        public String getTaken() {
            return space.createdAt() == null ? "" : HostSummaryView.time(space.createdAt().toEpochMilli());
        }

        public String getAge() {
            return space.createdAt() == null ? ""
                    : Util.getTimeSpanString(Math.max(0, now - space.createdAt().toEpochMilli()));
        }

        /** Seconds since it was taken, for sorting; -1 when unknown. */
        public long getAgeSeconds() {
            return space.createdAt() == null ? -1 : Math.max(0, now - space.createdAt().toEpochMilli()) / 1000;
        }

        public String getSpace() {
            return space.usedBytes() < 0 ? "?" : Units.bytes(space.usedBytes());
        }

        public long getSpaceBytes() {
            return space.usedBytes();
        }

        /** The reasons retention keeps it ("newest", "daily 2026-01-02", "manual"…); "" when it goes. */
        public String getKeptBecause() {
            return keptBecause;
        }

        public boolean isDestroyedByNextPrune() {
            return destroyedBecause != null;
        }

        public String getDestroyedBecause() {
            return destroyedBecause == null ? "" : destroyedBecause;
        }
    }
}
