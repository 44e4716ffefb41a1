package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.EmbeddedDefaultConfig;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb first-run [--data-dir DIR] [--json]}: the README's first command. Needs no
 * configuration file: it makes a real backup with the embedded default (directory storage under
 * {@code DIR}, {@code transport: local}, a tree of this machine), then lists the host's
 * snapshots, the one just made last. Run it again and the second snapshot hard-links the
 * unchanged files of the first.
 *
 * <p>stdout: the backup's result line (or JSON object), then the snapshot listing (or its JSON
 * object, as {@code planb snapshots --json} prints it). Exit code: the backup's.
 */
@Command(name = "first-run", mixinStandardHelpOptions = true,
        description = "Back up this machine's /etc with the embedded default (no configuration needed) and list its snapshots.")
final class FirstRunCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where snapshots and run records go (default: ./" + EmbeddedDefaultConfig.DEFAULT_DATA_DIR + ").")
    Path dataDir = Path.of(EmbeddedDefaultConfig.DEFAULT_DATA_DIR);

    @Option(names = "--json", description = "JSON lines on stdout: the backup's record, then the snapshot listing.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Leave rsync's own output out of the log on stderr.")
    boolean quiet;

    @Option(names = "--print-config", description = "Print the embedded default configuration (YAML) and exit.")
    boolean printConfig;

    @Override
    public Integer call() throws ConfigException, StorageException, IOException, InterruptedException {
        if (printConfig) {
            cli.out.print(EmbeddedDefaultConfig.yaml());
            return 0;
        }
        PlanbConfig config = EmbeddedDefaultConfig.create(dataDir);
        Engine engine = new Engine(config);
        List<HostSpec> hosts = config.hosts();
        cli.err.println("first run: backing up " + hosts.stream().map(h -> h.id() + " (" + h.root() + ")").toList()
                + " into " + engine.storage().datasetName(hosts.get(0).id()));
        Outcome outcome = BackupCommand.backUp(engine, hosts, json, BackupCommand.log(cli, json, quiet), cli.out);
        for (HostSpec host : hosts) {
            if (!json) {
                cli.out.println();
                cli.out.println("snapshots of " + host.id() + " in " + engine.storage().datasetName(host.id()) + ":");
            }
            SnapshotsCommand.print(engine, host, json, cli.out);
        }
        return outcome.exitCode();
    }
}
