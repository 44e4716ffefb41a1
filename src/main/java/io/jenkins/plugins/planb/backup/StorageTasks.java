package io.jenkins.plugins.planb.backup;

import hudson.EnvVars;
import hudson.Launcher;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPlanner;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.run.RunLog;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.exec.BuildRunLog;
import io.jenkins.plugins.planb.exec.LauncherCommandRunner;
import io.jenkins.plugins.planb.exec.SecretMasker;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * The storage operations the freestyle recorder and the Pipeline steps offer besides a full
 * backup: snapshot what is in the live copy now, thin out snapshots, list them. The decisions
 * (names, what retention keeps) are the engine's: {@link SnapshotName}, {@link RetentionPlanner}.
 */
public final class StorageTasks {

    private final Storage storage;
    private final RunLog log;

    public StorageTasks(Storage storage, RunLog log) {
        this.storage = storage;
        this.log = log;
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

    public String dataset(HostId host) {
        return storage.datasetName(host);
    }
}
