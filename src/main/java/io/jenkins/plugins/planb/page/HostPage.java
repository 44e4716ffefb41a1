package io.jenkins.plugins.planb.page;

import io.jenkins.plugins.planb.backup.EngineWiring;
import io.jenkins.plugins.planb.backup.KnownHostsEntry;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.summary.HostSummaryView;
import java.util.List;

/**
 * What the host's own page shows above Jenkins' usual parts (permalinks, the build history in the
 * side panel): the summary, the recent failures, the chart, the pinned host key and where the
 * backups are. Made once per page view, from the host's summary and its newest builds.
 */
public final class HostPage {

    /** How many failures the page lists. */
    static final int FAILURES = 10;

    /** Naming a dataset runs nothing; a storage made only for names must never run a command. */
    private static final CommandRunner NAMES_ONLY = (command, output) -> {
        throw new IllegalStateException("a storage made for the page's names ran " + command.argv());
    };

    private final BackupHost host;
    private final HostSummaryView summary;
    private final HostHistory history;

    public HostPage(BackupHost host) {
        this.host = host;
        this.summary = new HostSummaryView(host.summary(), System.currentTimeMillis());
        this.history = HostHistory.of(host);
    }

    public BackupHost getHost() {
        return host;
    }

    public HostSummaryView getSummary() {
        return summary;
    }

    /** The newest failed runs among the builds read, newest first. */
    public List<Failure> getFailures() {
        return history.failures(FAILURES).stream().map(Failure::new).toList();
    }

    /** How many builds the failures and the chart are read from, at most. */
    public int getBuildsRead() {
        return HostHistory.MAX_BUILDS;
    }

    /** Whether any run (not skipped) is recorded, so there is something to draw. */
    public boolean isChartable() {
        return history.entries().stream().anyMatch(entry -> entry.record().outcome() != Outcome.SKIPPED);
    }

    public boolean isSsh() {
        return !"local".equals(host.getConnection().getTransport());
    }

    /** The {@code SHA256:} fingerprints of the pinned host key; empty when none is pinned. */
    public List<String> getPinnedKeys() {
        try {
            return KnownHostsEntry.fingerprints(host.getConnection().getKnownHostsEntry());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The retention policy in force, as written. */
    public String getRetention() {
        return settings().retention();
    }

    /** Where the backups are: the dataset or directory, or "" when no storage is set. */
    public String getDataset() {
        StorageSpec storage = settings().storage();
        if (storage == null) {
            return "";
        }
        try {
            return EngineWiring.storage(storage, NAMES_ONLY).datasetName(host.hostId());
        } catch (RuntimeException e) {
            return ""; // a name the storage refuses: the build says why
        }
    }

    public String getStorageLabel() {
        return host.getAssignedLabelString();
    }

    private ResolvedSettings settings() {
        return host.resolvedSettings();
    }

    /** A failed run and its build. */
    public static final class Failure {

        private final RunRecord record;
        private final String buildUrl;
        private final String buildName;

        Failure(HostHistory.Entry entry) {
            this.record = entry.record();
            this.buildUrl = entry.build().getUrl();
            this.buildName = entry.build().getDisplayName();
        }

        public String getBuildUrl() {
            return buildUrl;
        }

        public String getBuildName() {
            return buildName;
        }

        public String getTime() {
            return HostSummaryView.time(record.finishedAt().toEpochMilli());
        }

        public String getError() {
            String line = HostSummaryView.firstLine(record.error(), 300);
            return line.isEmpty() ? "(no error recorded)" : line;
        }
    }
}
