package io.jenkins.plugins.planb.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code planbSnapshots host: 'acme/web01'}: returns {@code [host, dataset, snapshots]}, oldest first. */
public class PlanbSnapshotsStep extends PlanbStorageStep {

    @DataBoundConstructor
    public PlanbSnapshotsStep(String host) {
        super(host);
    }

    @Override
    Map<String, Object> perform(HostId id, StorageTasks tasks)
            throws StorageException, IOException, InterruptedException {
        return StepResults.snapshots(id.toString(), tasks.dataset(id), tasks.list(id));
    }

    @Extension
    @Symbol("planbSnapshots")
    public static final class DescriptorImpl extends PlanbStepDescriptor {

        @Override
        public String getFunctionName() {
            return "planbSnapshots";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbSnapshotsStep_DisplayName();
        }
    }
}
