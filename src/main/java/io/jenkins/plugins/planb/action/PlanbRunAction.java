package io.jenkins.plugins.planb.action;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.Run;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * What one backup did, kept with the build and served under {@code actions} of the build's
 * {@code /api/json}, so monitoring can read outcome, snapshot and sizes without scraping logs.
 * It also gives the steps after it the {@code PLANB_*} environment variables. Only plain values
 * are stored, so {@code build.xml} stays readable and stable across versions.
 */
@ExportedBean(defaultVisibility = 2)
public class PlanbRunAction implements RunAction2, EnvironmentContributingAction {

    private final String host;
    private final String outcome;
    private final String snapshot;
    private final String dataset;
    private final String error;
    private final Integer rsyncExitCode;
    private final long startedAt;
    private final long finishedAt;
    private final long filesTotal;
    private final long filesTransferred;
    private final long bytesTransferred;
    private final long transferMillis;
    private final long snapshotMillis;
    private final long retentionMillis;
    private final long accountingMillis;
    // ArrayList, not List.copyOf: XStream writes the JDK's internal immutable lists only through
    // reflection into java.base, which needs --add-opens and makes build.xml JDK-specific.
    private final ArrayList<String> destroyedSnapshots;
    private final ArrayList<String> warnings;
    private final long datasetUsed;
    private final long datasetReferenced;
    private final long datasetWritten;
    private final Long datasetUsedBySnapshots;
    // Integer, not int: build.xml written before this field existed loads it as null ("unknown").
    private final Integer snapshotCount;

    private transient Run<?, ?> run;

    public PlanbRunAction(RunRecord record) {
        this.host = record.host().toString();
        this.outcome = record.outcome().name();
        this.snapshot = record.snapshot();
        this.dataset = record.dataset();
        this.error = record.error();
        this.rsyncExitCode = record.rsyncExitCode();
        this.startedAt = record.startedAt().toEpochMilli();
        this.finishedAt = record.finishedAt().toEpochMilli();
        this.filesTotal = record.filesTotal();
        this.filesTransferred = record.filesTransferred();
        this.bytesTransferred = record.bytesTransferred();
        this.transferMillis = record.phases().transferMillis();
        this.snapshotMillis = record.phases().snapshotMillis();
        this.retentionMillis = record.phases().retentionMillis();
        this.accountingMillis = record.phases().accountingMillis();
        this.destroyedSnapshots = new ArrayList<>(record.destroyedSnapshots());
        this.warnings = new ArrayList<>(record.warnings());
        this.datasetUsed = record.sizes().used();
        this.datasetReferenced = record.sizes().referenced();
        this.datasetWritten = record.sizes().written();
        this.datasetUsedBySnapshots = record.sizes().usedBySnapshots();
        this.snapshotCount = record.snapshotCount();
    }

    /**
     * The run as the engine's record again, for {@code RunHistory}: what reports and monitors
     * derive is then the same for builds as for the command's run records. rsync's detailed
     * counts that the action does not keep are unknown ({@code -1}).
     */
    public RunRecord toRecord() {
        RsyncStats stats = new RsyncStats(filesTotal, -1, -1, filesTransferred, -1, bytesTransferred, -1, -1, -1, -1);
        return new RunRecord(HostId.parse(host), Outcome.valueOf(outcome), snapshot, dataset,
                Instant.ofEpochMilli(startedAt), Instant.ofEpochMilli(finishedAt), rsyncExitCode, stats,
                destroyedSnapshots, error, warnings,
                new PhaseTimes(transferMillis, snapshotMillis, retentionMillis, accountingMillis),
                new DatasetSizes(datasetUsed, datasetReferenced, datasetWritten, getDatasetUsedBySnapshots()),
                getSnapshotCount());
    }

    @Override
    public String getIconFileName() {
        return "symbol-archive-outline plugin-ionicons-api";
    }

    /** "PlanB backup", or "PlanB backup of acme/web01" where one build backs up several hosts. */
    @Override
    public String getDisplayName() {
        return severalInRun() ? Messages.PlanbRunAction_DisplayNameOf(host) : Messages.PlanbRunAction_DisplayName();
    }

    /**
     * {@code planb} for a host build; {@code planb-<group>~<host>} wherever one build backs up
     * several hosts ({@code ~} cannot be part of a name, so no two hosts share a URL).
     */
    @Override
    public String getUrlName() {
        return severalInRun() ? "planb-" + host.replace('/', '~') : "planb";
    }

    private boolean severalInRun() {
        return run != null && run.getActions(PlanbRunAction.class).size() > 1;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    /** The build this action belongs to (for the views). */
    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) {
        env.putAll(PlanbEnvironment.variables(host, dataset, snapshot, outcome, bytesTransferred));
    }

    /** {@code group/host}. */
    @Exported
    public String getHost() {
        return host;
    }

    /** SUCCESS, PARTIAL, FAILED or SKIPPED. */
    @Exported
    public String getOutcome() {
        return outcome;
    }

    /** The snapshot taken, or null. */
    @Exported
    public String getSnapshot() {
        return snapshot;
    }

    @Exported
    public String getDataset() {
        return dataset;
    }

    /** Null, or the first meaningful line of what went wrong or why the run was skipped. */
    @Exported
    public String getError() {
        return error;
    }

    /** rsync's exit code, or null when rsync never ran. */
    @Exported
    public Integer getRsyncExitCode() {
        return rsyncExitCode;
    }

    /** Epoch milliseconds. */
    @Exported
    public long getStartedAt() {
        return startedAt;
    }

    /** Epoch milliseconds. */
    @Exported
    public long getFinishedAt() {
        return finishedAt;
    }

    @Exported
    public long getDurationMillis() {
        return finishedAt - startedAt;
    }

    @Exported
    public long getFilesTotal() {
        return filesTotal;
    }

    @Exported
    public long getFilesTransferred() {
        return filesTransferred;
    }

    @Exported
    public long getBytesTransferred() {
        return bytesTransferred;
    }

    @Exported
    public long getTransferMillis() {
        return transferMillis;
    }

    @Exported
    public long getSnapshotMillis() {
        return snapshotMillis;
    }

    @Exported
    public long getRetentionMillis() {
        return retentionMillis;
    }

    @Exported
    public long getAccountingMillis() {
        return accountingMillis;
    }

    @Exported
    public List<String> getDestroyedSnapshots() {
        return destroyedSnapshots;
    }

    @Exported
    public List<String> getWarnings() {
        return warnings;
    }

    /** Bytes the dataset and its snapshots use; -1 when unknown. */
    @Exported
    public long getDatasetUsed() {
        return datasetUsed;
    }

    @Exported
    public long getDatasetReferenced() {
        return datasetReferenced;
    }

    @Exported
    public long getDatasetWritten() {
        return datasetWritten;
    }

    /** Bytes only the snapshots hold; -1 when unknown. */
    @Exported
    public long getDatasetUsedBySnapshots() {
        return datasetUsedBySnapshots == null ? -1 : datasetUsedBySnapshots;
    }

    /** How many snapshots the host had after this run; -1 when unknown. */
    @Exported
    public int getSnapshotCount() {
        return snapshotCount == null ? -1 : snapshotCount;
    }

    /** Run times for the views: {@code 850 ms}, {@code 12.3 s}, {@code 4m05s}. */
    public String getDurationText() {
        return Units.duration(Duration.ofMillis(getDurationMillis()));
    }

    public String getTransferTimeText() {
        return Units.duration(Duration.ofMillis(transferMillis));
    }

    public String getSnapshotTimeText() {
        return Units.duration(Duration.ofMillis(snapshotMillis));
    }

    public String getRetentionTimeText() {
        return Units.duration(Duration.ofMillis(retentionMillis));
    }

    /** Human-readable sizes for the views. */
    public String getBytesTransferredText() {
        return RunDescription.bytes(bytesTransferred);
    }

    public String getDatasetUsedText() {
        return datasetUsed < 0 ? "?" : RunDescription.bytes(datasetUsed);
    }
}
