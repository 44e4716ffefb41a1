package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.run.BackupRunner;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.run.RunRecordJson;
import io.jenkins.plugins.planb.core.transport.TransferClassifier;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb backup GROUP/HOST... [--json]}: one attempt per host, in the order given; the
 * exit code is the worst outcome (FAILED over PARTIAL over SKIPPED over SUCCESS).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up hosts now, one after the other.",
            "Exit code: the worst outcome (1 failed, 3 partial, 4 skipped, 0 success)."})
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Parameters(arity = "1..*", paramLabel = "GROUP/HOST", description = "Hosts to back up.")
    List<String> hosts;

    @Option(names = "--json", description = "Print one JSON object per host on stdout.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Leave rsync's own output out of the log on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws ConfigException, UsageException {
        Engine engine = new Engine(cli.loadConfig());
        List<HostSpec> selected = engine.hosts(hosts);
        return backUp(engine, selected, json, log(cli, json, quiet), cli.out).exitCode();
    }

    /** The log on stderr: with a live progress line when stderr is a terminal and stdout is not JSON. */
    static ConsoleRunLog log(PlanbCli cli, boolean json, boolean quiet) {
        boolean live = !json && Terminal.stderrIsInteractive(cli.env);
        return new ConsoleRunLog(cli.err, quiet, live, Terminal.width(cli.env), System::nanoTime);
    }

    /**
     * Backs up {@code hosts} in turn into {@code log}, printing each result as it finishes.
     *
     * @return the worst outcome; SUCCESS for no hosts
     */
    static Outcome backUp(Engine engine, List<HostSpec> hosts, boolean json, ConsoleRunLog log, PrintStream out) {
        BackupRunner runner = engine.backupRunner(log);
        Outcome worst = Outcome.SUCCESS;
        try (InterruptOnShutdown shutdown = InterruptOnShutdown.install()) {
            for (HostSpec host : hosts) {
                RunRecord record = runner.run(host);
                out.println(json ? RunRecordJson.toJson(record) : summary(record));
                out.flush();
                worst = worst.worst(record.outcome());
                if (Thread.currentThread().isInterrupted()) {
                    // Ctrl-C: stop here, the hosts not yet started are not attempted.
                    worst = worst.worst(Outcome.FAILED);
                    break;
                }
            }
            shutdown.finish(worst.exitCode());
        }
        return worst;
    }

    /** One line per host for a person. */
    static String summary(RunRecord r) {
        StringBuilder line = new StringBuilder(r.host().toString()).append(": ").append(r.outcome());
        if (r.snapshot() != null) {
            line.append(" snapshot ").append(r.snapshot())
                    .append(", ").append(r.filesTotal()).append(" files, ")
                    .append(r.filesTransferred()).append(" transferred (")
                    .append(Units.bytes(r.bytesTransferred())).append(')');
            if (!r.destroyedSnapshots().isEmpty()) {
                line.append(", retention destroyed ").append(r.destroyedSnapshots().size());
            }
        }
        if (r.error() != null) {
            line.append(r.snapshot() != null ? "; " : " ").append(r.error());
            if (TransferClassifier.isHostKeyError(r.error())) {
                line.append("; if the new key is expected, check and pin it with 'planb hostkey ")
                        .append(r.host()).append(" --accept'");
            }
        }
        line.append(" [").append(Units.duration(Duration.ofMillis(r.durationMillis()))).append(']');
        return line.toString();
    }
}
