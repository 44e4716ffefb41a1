package io.jenkins.plugins.planb.core.notify;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;

/**
 * Whether a run changed where a host stands, which is when a person wants to hear about it: the
 * first failure after a snapshot (or the first failure ever), and the first snapshot after
 * failures. A host that keeps failing changes nothing, so it sends one mail, not one a night;
 * the daily digest keeps listing it. Skipped runs change nothing.
 */
public enum StateChange {
    /** The host failed, and its run before was not a failure. */
    FAILED,
    /** The host took a snapshot (SUCCESS or PARTIAL) after failures. */
    RECOVERED,
    /** Nothing worth a message. */
    NONE;

    /** What {@code run} did to a host whose summary before the run was {@code before}. */
    public static StateChange of(HostSummary before, RunRecord run) {
        if (run.outcome() == Outcome.FAILED) {
            return before.isFailing() ? NONE : FAILED;
        }
        if (run.outcome().snapshotTaken()) {
            return before.isFailing() ? RECOVERED : NONE;
        }
        return NONE;
    }
}
