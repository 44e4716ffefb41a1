package io.jenkins.plugins.planb.status;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One host in {@code /planb/api/json}: its identity and its {@link HostSummary}, as the remote
 * API exports it. Times are epoch milliseconds, sizes bytes, and {@code -1} means unknown, as in
 * the builds' {@code PlanbRunAction}. Built per request from data the caller may read.
 */
@ExportedBean(defaultVisibility = 2)
public final class HostState {

    private final HostId id;
    private final String fullName;
    private final String url;
    private final boolean enabled;
    private final HostSummary summary;
    private final boolean overdue;
    private final int overdueHours;

    HostState(HostId id, String fullName, String url, boolean enabled, HostSummary summary, boolean overdue,
            int overdueHours) {
        this.overdueHours = overdueHours;
        this.id = id;
        this.fullName = fullName;
        this.url = url;
        this.enabled = enabled;
        this.summary = summary;
        this.overdue = overdue;
    }

    /** The host group's name: the group part of {@code group/host}. */
    @Exported
    public String getGroup() {
        return id.group();
    }

    /** The host item's name: the host part of {@code group/host}. */
    @Exported
    public String getHost() {
        return id.host();
    }

    /** The Jenkins item's full name. */
    @Exported
    public String getFullName() {
        return fullName;
    }

    /** The item's URL, relative to Jenkins' root URL. */
    @Exported
    public String getUrl() {
        return url;
    }

    /** False when the item is disabled: no scheduled backups. */
    @Exported
    public boolean isEnabled() {
        return enabled;
    }

    HostSummary summary() {
        return summary;
    }

    /** OK, PARTIAL, FAILING, NEVER_SUCCEEDED or NEVER_RUN. */
    @Exported
    public String getState() {
        return summary.state().name();
    }

    /** Whether the host, enabled, has had no snapshot for longer than {@link #getOverdueHours()}. */
    @Exported
    public boolean isOverdue() {
        return overdue;
    }

    /** The host's overdue limit: its group's, else the site's. */
    @Exported
    public int getOverdueHours() {
        return overdueHours;
    }

    /** SUCCESS, PARTIAL or FAILED: the newest run that was not skipped; null before the first. */
    @Exported
    public String getLastOutcome() {
        return summary.lastOutcome() == null ? null : summary.lastOutcome().name();
    }

    /** That run's error line, or null. */
    @Exported
    public String getLastError() {
        return summary.lastError();
    }

    @Exported
    public long getLastRunAt() {
        return summary.lastRunAt();
    }

    @Exported
    public long getLastDurationMillis() {
        return summary.lastDurationMillis();
    }

    @Exported
    public long getLastBytesTransferred() {
        return summary.lastBytesTransferred();
    }

    @Exported
    public long getLastSuccessAt() {
        return summary.lastSuccessAt();
    }

    @Exported
    public long getFirstSuccessAt() {
        return summary.firstSuccessAt();
    }

    /** When the first failed run after the last snapshot started; -1 when not failing. */
    @Exported
    public long getFailingSince() {
        return summary.failingSince();
    }

    @Exported
    public int getFailuresSinceSuccess() {
        return summary.failuresSinceSuccess();
    }

    /** The mean wall time of the last (up to 10) successful runs. */
    @Exported
    public long getAverageSuccessMillis() {
        return summary.averageSuccessMillis();
    }

    /** Space the dataset and its snapshots take. */
    @Exported
    public long getUsedBytes() {
        return summary.usedBytes();
    }

    /** Space the live copy refers to. */
    @Exported
    public long getReferencedBytes() {
        return summary.referencedBytes();
    }

    /** Space only the snapshots hold. */
    @Exported
    public long getSnapshotBytes() {
        return summary.snapshotBytes();
    }

    @Exported
    public int getSnapshotCount() {
        return summary.snapshotCount();
    }
}
