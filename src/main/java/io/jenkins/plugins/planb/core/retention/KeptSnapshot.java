package io.jenkins.plugins.planb.core.retention;

import java.util.List;
import java.util.Objects;

/**
 * A snapshot retention keeps, with why: {@code newest}, {@code manual}, or one entry per period
 * pick that chose it, such as {@code daily 2026-11-20} or {@code weekly 2026-11-15} (the period
 * and the slot it was picked for; a pick may lie on either side of its slot's boundary).
 */
public record KeptSnapshot(String name, List<String> reasons) {

    /** The reason of the newest of PlanB's own snapshots, which is always kept. */
    public static final String NEWEST = "newest";

    /** The reason of every snapshot that is not PlanB's own. */
    public static final String MANUAL = "manual";

    public KeptSnapshot {
        Objects.requireNonNull(name, "name");
        reasons = List.copyOf(reasons);
    }
}
