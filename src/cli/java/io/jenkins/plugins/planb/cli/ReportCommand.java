package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.Durations;
import io.jenkins.plugins.planb.core.config.GroupSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.report.BackupReport;
import io.jenkins.plugins.planb.core.report.ReportBuilder;
import io.jenkins.plugins.planb.core.report.ReportFormat;
import io.jenkins.plugins.planb.core.report.RunSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb report [GROUP...] [--format text|html|json] [--since DURATION]}: per group and
 * host, the last backup, the runs of the period, and the space the storage holds now.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Report per group and host: last backup and its age, runs in the period, average run time,"
                + " snapshots, space now (used, held by snapshots, live), growth, the error of a failing host.",
                "Sizes are read from the storage now; the rest comes from the run records in stateDir."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Parameters(paramLabel = "GROUP", arity = "0..*", description = "Groups to report (default: all, in configuration order).")
    List<String> groups = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), html (one self-contained file) or json (one document).")
    String format;

    @Option(names = "--json", description = "The same as --format json (every command that prints data takes --json).")
    boolean json;

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "30d",
            description = "How far back runs are counted: 30d (default), 12h, 1d12h, or seconds.")
    String since;

    @Override
    public Integer call() throws ConfigException, UsageException, InterruptedException {
        ReportFormat chosen = format == null ? (json ? ReportFormat.JSON : ReportFormat.TEXT) : format(format);
        if (json && chosen != ReportFormat.JSON) {
            throw new UsageException("--json and --format " + format + " ask for different formats; give one");
        }
        Duration period = period(since);
        Engine engine = new Engine(cli.loadConfig());
        List<GroupSpec> selected = select(engine.config(), groups);
        BackupReport report = new ReportBuilder(engine.storage(), RunSource.of(engine.records()))
                .build(selected, Clock.systemUTC().instant(), period);
        cli.out.print(chosen.render(report));
        cli.out.flush();
        return 0;
    }

    static ReportFormat format(String text) throws UsageException {
        for (ReportFormat candidate : ReportFormat.values()) {
            if (candidate.name().toLowerCase(Locale.ROOT).equals(text)) {
                return candidate;
            }
        }
        throw new UsageException("--format '" + text + "' must be text, html or json");
    }

    static Duration period(String text) throws UsageException {
        Duration period = Durations.parse(text).orElseThrow(() -> new UsageException(
                "--since '" + text + "' must be " + Durations.SYNTAX));
        if (period.isZero()) {
            throw new UsageException("--since '" + text + "' must be longer than 0");
        }
        return period;
    }

    /** The groups named, each once, in the order given; all when none is named. */
    static List<GroupSpec> select(PlanbConfig config, List<String> names) throws UsageException {
        if (names.isEmpty()) {
            return config.groups();
        }
        List<GroupSpec> selected = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String name : new LinkedHashSet<>(names)) {
            config.groups().stream().filter(group -> group.name().equals(name)).findFirst()
                    .ifPresentOrElse(selected::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            List<String> known = config.groups().stream().map(GroupSpec::name).toList();
            throw new UsageException((unknown.size() == 1 ? "unknown group '" : "unknown groups '")
                    + String.join("', '", unknown) + "': not in the configuration ("
                    + (known.isEmpty() ? "it has no groups" : "known groups: " + String.join(", ", known)) + ")");
        }
        return selected;
    }
}
