package io.jenkins.plugins.planb.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code planbSnapshot host: 'acme/web01'}: freezes the host's live copy as a snapshot now and
 * applies retention; returns {@code [host, dataset, snapshot, destroyedSnapshots]}.
 */
public class PlanbSnapshotStep extends PlanbStorageStep {

    @DataBoundConstructor
    public PlanbSnapshotStep(String host) {
        super(host);
    }

    @Override
    Map<String, Object> perform(HostId id, StorageTasks tasks)
            throws StorageException, IOException, InterruptedException {
        String snapshot = tasks.snapshot(id, Clock.systemUTC());
        RetentionPlan plan = tasks.prune(id, RetentionPolicy.parse(settings().retention()), false);
        return StepResults.snapshot(id.toString(), tasks.dataset(id), snapshot, plan);
    }

    @Extension
    @Symbol("planbSnapshot")
    public static final class DescriptorImpl extends PlanbStepDescriptor {

        @Override
        public String getFunctionName() {
            return "planbSnapshot";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbSnapshotStep_DisplayName();
        }
    }
}
