package io.jenkins.plugins.planb.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code planbPrune host: 'acme/web01', dryRun: true}: applies the retention policy to the
 * host's snapshots; returns {@code [host, dataset, dryRun, kept, destroyed]}. Manual snapshots
 * and the newest snapshot are always kept (the engine's rule).
 */
public class PlanbPruneStep extends PlanbStorageStep {

    private boolean dryRun;

    @DataBoundConstructor
    public PlanbPruneStep(String host) {
        super(host);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    @Override
    Map<String, Object> perform(HostId id, StorageTasks tasks)
            throws StorageException, IOException, InterruptedException {
        RetentionPlan plan = tasks.prune(id, RetentionPolicy.parse(settings().retention()), dryRun);
        return StepResults.prune(id.toString(), tasks.dataset(id), plan, dryRun);
    }

    @Extension
    @Symbol("planbPrune")
    public static final class DescriptorImpl extends PlanbStepDescriptor {

        @Override
        public String getFunctionName() {
            return "planbPrune";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbPruneStep_DisplayName();
        }
    }
}
