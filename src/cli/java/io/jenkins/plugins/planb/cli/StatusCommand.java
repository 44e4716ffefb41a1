package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.report.HostStatus;
import io.jenkins.plugins.planb.core.report.StatusReport;
import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.run.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code planb status [--json]}: every configured host's last run, last success, snapshots and space. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show each host: last outcome, last success, snapshot count and space used.")
final class StatusCommand implements Callable<Integer> {

    private static final String ROW = "%-32s %-8s %-24s %-24s %9s %10s%n";

    @ParentCommand
    PlanbCli cli;

    @Option(names = "--json", description = "One JSON object per host on stdout.")
    boolean json;

    @Override
    public Integer call() throws ConfigException, UsageException, InterruptedException {
        Engine engine = new Engine(cli.loadConfig());
        List<HostStatus> statuses = StatusReport.collect(engine.config(), engine.storage(), engine.records());
        if (json) {
            statuses.forEach(s -> cli.out.println(StatusReport.toJson(s)));
            return 0;
        }
        cli.out.printf(Locale.ROOT, ROW, "HOST", "LAST", "LAST RUN", "LAST SUCCESS", "SNAPSHOTS", "USED");
        for (HostStatus s : statuses) {
            String last = s.lastOutcome() == null ? "-" : s.lastOutcome().name();
            if (!s.enabled()) {
                last = last + "*";
            }
            cli.out.printf(Locale.ROOT, ROW, s.host(), last, time(s.lastRunAt()), time(s.lastSuccessAt()),
                    s.snapshots() < 0 ? "?" : Integer.toString(s.snapshots()), Units.bytes(s.usedBytes()));
            if (s.lastError() != null) {
                cli.out.println("    last error: " + s.lastError());
            }
            if (s.storageError() != null) {
                cli.out.println("    storage: " + s.storageError());
            }
        }
        if (statuses.stream().anyMatch(s -> !s.enabled())) {
            cli.out.println("* disabled");
        }
        return 0;
    }

    private static String time(Instant time) {
        return time == null ? "-" : Timestamps.iso(time);
    }
}
