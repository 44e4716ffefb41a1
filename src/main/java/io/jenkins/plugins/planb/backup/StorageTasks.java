package io.jenkins.plugins.planb.backup;

import hudson.EnvVars;
import hudson.Launcher;
import hudson.model.Node;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPlanner;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.run.RunLog;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import io.jenkins.plugins.planb.core.storage.SnapshotSpace;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.exec.BuildRunLog;
import io.jenkins.plugins.planb.exec.LauncherCommandRunner;
import io.jenkins.plugins.planb.exec.SecretMasker;
import io.jenkins.plugins.planb.exec.StorageAgents;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * The storage operations the freestyle recorder, the Pipeline steps and the host's snapshot page
 * offer besides a full backup: snapshot what is in the live copy now, thin out snapshots, list them. The decisions
 * (names, what retention keeps) are the engine's: {@link SnapshotName}, {@link RetentionPlanner}.
 */
public final class StorageTasks {

    private final Storage storage;
    private final RunLog log;

    public StorageTasks(Storage storage, RunLog log) {
        this.storage = storage;
        this.log = log;
    }

    /**
     * The operations on the storage {@code spec} names, outside any build: on {@code node} (a
     * storage agent, see {@link StorageAgents}), logged to {@code log}.
     */
    public static StorageTasks onAgent(StorageSpec spec, Node node, TaskListener listener, RunLog log)
            throws IOException, InterruptedException {
        return new StorageTasks(EngineWiring.storage(spec, StorageAgents.runner(node, listener)), log);
    }

    /** The operations on the storage {@code spec} names, run on the launcher's node and logged to the build. */
    public static StorageTasks onNode(StorageSpec spec, Launcher launcher, EnvVars env, TaskListener listener) {
        LauncherCommandRunner runner = new LauncherCommandRunner(launcher, listener, null, env);
        return new StorageTasks(EngineWiring.storage(spec, runner),
                new BuildRunLog(listener.getLogger(), SecretMasker.none()));
    }

    /** The host's snapshots, oldest first. */
    public List<String> list(HostId host) throws StorageException, IOException, InterruptedException {
        return storage.listSnapshots(host);
    }

    /** Freezes the live copy as a new snapshot; returns its name. */
    public String snapshot(HostId host, Clock clock) throws StorageException, IOException, InterruptedException {
        String name = SnapshotName.next(clock, storage.listSnapshots(host));
        BackupTarget target = storage.prepare(host);
        storage.snapshot(target, name);
        log.info(host + ": snapshot " + name + " of " + target.dataset());
        return name;
    }

    /** Applies the retention policy; with {@code dryRun} only says what it would destroy. */
    public RetentionPlan prune(HostId host, RetentionPolicy policy, boolean dryRun)
            throws StorageException, IOException, InterruptedException {
        RetentionPlan plan = RetentionPlanner.plan(storage.listSnapshots(host), policy);
        if (plan.destroy().isEmpty()) {
            log.info(host + ": retention (" + policy + ") destroys nothing");
        } else if (dryRun) {
            log.info(host + ": retention (" + policy + ") would destroy " + String.join(", ", plan.destroy()));
        } else {
            log.info(host + ": retention (" + policy + ") destroys " + String.join(", ", plan.destroy()));
            storage.destroySnapshots(host, plan.destroy());
        }
        return plan;
    }

    /**
     * Applies the retention policy as a person reviewed it: destroys what the plan destroys now,
     * but only if every one of those snapshots was in {@code reviewed}. If the plan has changed
     * since the review (a backup took a snapshot, the policy was edited) so that it would destroy
     * something not shown, nothing is destroyed and the result says which names are new.
     * Reviewed names that are gone already or kept now are simply not destroyed.
     */
    public ReviewedPrune pruneReviewed(HostId host, RetentionPolicy policy, Collection<String> reviewed)
            throws StorageException, IOException, InterruptedException {
        List<String> before = storage.listSnapshots(host);
        RetentionPlan plan = RetentionPlanner.plan(before, policy);
        List<String> unreviewed = plan.destroy().stream().filter(name -> !reviewed.contains(name)).toList();
        if (!unreviewed.isEmpty()) {
            log.info(host + ": retention (" + policy + ") now also destroys " + String.join(", ", unreviewed)
                    + ", which was not reviewed: nothing destroyed");
            return new ReviewedPrune(plan, List.of(), unreviewed, before.size());
        }
        if (plan.destroy().isEmpty()) {
            log.info(host + ": retention (" + policy + ") destroys nothing");
        } else {
            log.info(host + ": retention (" + policy + ") destroys " + String.join(", ", plan.destroy()));
            storage.destroySnapshots(host, plan.destroy());
        }
        return new ReviewedPrune(plan, plan.destroy(), List.of(), before.size() - plan.destroy().size());
    }

    /**
     * What {@link #pruneReviewed} did.
     *
     * @param plan          the plan at the time of the prune
     * @param destroyed     the snapshots destroyed (empty when the plan had changed)
     * @param unreviewed    what the plan would also have destroyed, not reviewed: the reason nothing was
     * @param snapshotsLeft how many snapshots the host has now
     */
    public record ReviewedPrune(RetentionPlan plan, List<String> destroyed, List<String> unreviewed,
            int snapshotsLeft) {

        public ReviewedPrune {
            destroyed = List.copyOf(destroyed);
            unreviewed = List.copyOf(unreviewed);
        }
    }

    /** The host's snapshots, oldest first, with the space each alone holds (see {@link Storage#listSnapshotSpace}). */
    public List<SnapshotSpace> listSpace(HostId host) throws StorageException, IOException, InterruptedException {
        return storage.listSnapshotSpace(host);
    }

    /** The host's space now; unknown values are {@code -1}. */
    public DatasetSizes sizes(HostId host) throws IOException, InterruptedException {
        return storage.sizes(host);
    }

    public String dataset(HostId host) {
        return storage.datasetName(host);
    }
}
