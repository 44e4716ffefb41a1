package io.jenkins.plugins.planb.core.storage;

import java.util.Objects;

/**
 * How full one storage place is: a ZFS pool as {@code zpool list} reports it, or a file system
 * as {@code df} does.
 *
 * @param place           what was measured: {@code pool tank} or {@code /srv/planb}
 * @param sizeBytes       its size; {@code -1} when the tool did not say
 * @param usedBytes       what is allocated or used; {@code -1} when the tool did not say
 * @param capacityPercent the fullness the tool itself reports (ZFS {@code capacity}, df {@code Capacity})
 */
public record SpaceUsage(String place, long sizeBytes, long usedBytes, int capacityPercent) {

    public SpaceUsage {
        Objects.requireNonNull(place, "place");
        if (capacityPercent < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacityPercent);
        }
    }

    /**
     * Whether the place is fuller than {@code thresholdPercent}: strictly above, so a threshold of
     * 85 fires at 86 %, as the tools round their percentages up.
     */
    public boolean isAbove(int thresholdPercent) {
        return capacityPercent > thresholdPercent;
    }
}
