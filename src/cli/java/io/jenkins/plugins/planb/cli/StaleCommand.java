package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.run.Timestamps;
import io.jenkins.plugins.planb.core.stale.GoneHost;
import io.jenkins.plugins.planb.core.stale.StaleFindings;
import io.jenkins.plugins.planb.core.stale.StaleJson;
import io.jenkins.plugins.planb.core.stale.StaleScan;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.core.storage.StoredDataset;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb stale [--json]}: datasets (directories) under the storage that no configured host
 * owns, and configured hosts whose dataset is gone. Reads only; shows how to remove each, never
 * removes anything.
 */
@Command(name = "stale", mixinStandardHelpOptions = true,
        description = {"List datasets (directories) under the storage that no configured host owns, and configured"
                + " hosts whose dataset is gone.", "Changes nothing; shows the command that would remove each."})
final class StaleCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Option(names = "--json", description = "One JSON object per finding on stdout.")
    boolean json;

    @Override
    public Integer call() throws ConfigException, UsageException, StorageException, IOException, InterruptedException {
        Engine engine = new Engine(cli.loadConfig());
        StaleFindings findings = StaleScan.of(engine.config()).scan(engine.storage(), engine.records()::summary);
        if (json) {
            StaleJson.lines(findings).forEach(cli.out::println);
            return 0;
        }
        String root = root(engine.config().storage());
        if (findings.isEmpty()) {
            cli.out.println("Nothing stale under " + root + ": every dataset belongs to a configured host, and every"
                    + " configured host that took a snapshot still has its dataset.");
            return 0;
        }
        for (String group : findings.groups()) {
            cli.out.println("; " + group + (findings.isConfigured(group) ? "" : "  (not in the configuration)"));
            for (StoredDataset dataset : findings.staleIn(group)) {
                cli.out.println("stale  " + dataset.location() + "  " + describe(dataset));
                cli.out.println("       remove with: " + ShellQuoting.join(dataset.removeArgv()));
            }
            for (GoneHost host : findings.goneIn(group)) {
                cli.out.println("gone   " + host.host() + "  " + host.dataset() + " is missing; its last snapshot was"
                        + " taken " + Timestamps.iso(host.lastSuccessAt()) + " (run records)");
            }
        }
        cli.out.println();
        cli.out.println(count(findings.stale().size(), "stale dataset") + " (" + Units.bytes(findings.staleBytes())
                + "), " + count(findings.gone().size(), "configured host") + " gone, under " + root
                + ". Nothing was changed; check each before removing it.");
        return 0;
    }

    private static String describe(StoredDataset dataset) {
        StoredDataset.Usage usage = dataset.usage() == null ? StoredDataset.Usage.UNKNOWN : dataset.usage();
        StringBuilder text = new StringBuilder(Units.bytes(usage.usedBytes()));
        if (dataset.isGroup()) {
            text.append("  whole group, ").append(count(dataset.hosts().size(), "host dataset"));
            if (!dataset.hosts().isEmpty() && dataset.hosts().size() <= 5) {
                text.append(" (").append(String.join(", ", dataset.hosts())).append(')');
            }
            text.append(',');
        }
        text.append(dataset.isGroup() ? " " : "  ");
        if (usage.snapshotCount() < 0) {
            text.append("snapshots unknown");
        } else if (usage.snapshotCount() == 0) {
            text.append("no snapshots");
        } else {
            text.append(count(usage.snapshotCount(), "snapshot")).append(", newest ").append(usage.newestSnapshot());
            if (usage.newestSnapshotAt() != null) {
                text.append(" (").append(Timestamps.iso(usage.newestSnapshotAt())).append(')');
            }
        }
        return text.toString();
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String root(StorageSpec spec) {
        return switch (spec) {
            case StorageSpec.Zfs zfs -> zfs.parent();
            case StorageSpec.Directory directory -> directory.path().toString();
        };
    }
}
