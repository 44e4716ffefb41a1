package io.jenkins.plugins.planb.monitor;

import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.storage.SpaceUsage;
import io.jenkins.plugins.planb.summary.HostSummaryView;
import java.time.Instant;

/**
 * What one check of one storage place on one node found.
 *
 * @param node    the node's name ({@code built-in} for the controller)
 * @param storage what was asked about: {@code ZFS tank/BACKUP} or {@code directory /srv/planb}
 * @param usage   how full it is; {@code null} when the check failed
 * @param problem why the check failed; {@code null} when it worked
 */
public record StorageReading(String node, String storage, SpaceUsage usage, String problem, Instant checkedAt) {

    public boolean isAbove(int thresholdPercent) {
        return usage != null && usage.isAbove(thresholdPercent);
    }

    public String getCheckedAt() {
        return HostSummaryView.time(checkedAt.toEpochMilli()); // as the host page writes times
    }

    /** {@code 92 % of 1.8 TiB used (pool tank)}, or the problem. */
    public String getSummary() {
        if (usage == null) {
            return "check failed: " + problem;
        }
        return usage.capacityPercent() + " % of " + Units.bytes(usage.sizeBytes()) + " used (" + usage.place() + ")";
    }
}
