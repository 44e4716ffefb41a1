package io.jenkins.plugins.planb.monitor;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import java.io.IOException;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * "PlanB: storage nearly full": a storage agent's pool or file system is fuller than the site's
 * threshold. Reads what {@link StorageSpaceCheck} found last (it runs every 10 minutes, or at
 * once with <em>Check now</em>), and compares with the threshold as it is now.
 */
@Extension
public final class StorageSpaceMonitor extends AdministrativeMonitor {

    private volatile List<StorageReading> readings = List.of();

    public static StorageSpaceMonitor get() {
        return ExtensionList.lookupSingleton(StorageSpaceMonitor.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.StorageSpaceMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        return !getFullStorages().isEmpty();
    }

    void update(List<StorageReading> latest) {
        readings = List.copyOf(latest);
    }

    public int getThreshold() {
        return PlanbGlobalConfiguration.get().getStorageThreshold();
    }

    /** Every reading of the last check, full or not, failed or not. */
    public List<StorageReading> getReadings() {
        return readings;
    }

    /** The readings above the threshold. */
    public List<StorageReading> getFullStorages() {
        int threshold = getThreshold();
        return readings.stream().filter(r -> r.isAbove(threshold)).toList();
    }

    /** The readings whose check failed. */
    public List<StorageReading> getFailedChecks() {
        return readings.stream().filter(r -> r.usage() == null).toList();
    }

    /** Runs the check again now, in the background; the page shows its result on the next visit. */
    @RequirePOST
    public void doCheckNow(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        StorageSpaceCheck.get().doRun();
        rsp.sendRedirect2(req.getContextPath() + "/manage");
    }
}
