package io.jenkins.plugins.planb.core.run;

/**
 * How long each phase of a run took, in milliseconds; {@code 0} for a phase that did not run.
 *
 * @param transferMillis  lock, do-not-run probe, preparing the dataset and rsync: connect + transfer
 * @param snapshotMillis  freezing the transfer as a snapshot
 * @param retentionMillis planning retention and destroying what it gave up
 * @param accountingMillis reading the dataset's sizes
 */
public record PhaseTimes(long transferMillis, long snapshotMillis, long retentionMillis, long accountingMillis) {

    public static final PhaseTimes NONE = new PhaseTimes(0, 0, 0, 0);
}
