package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.history.RunRecordStore;
import io.jenkins.plugins.planb.core.report.ZabbixDiscovery;
import io.jenkins.plugins.planb.core.report.ZabbixSummary;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planb zabbix discovery|summary}: what the old PlanB's {@code planb blist --zabbix} and
 * {@code planb blist --zabbix --summary} print, byte for byte in layout, so the Zabbix agent
 * {@code UserParameter}s and templates written for PlanB keep working when the command changes.
 * See {@link ZabbixDiscovery} and {@link ZabbixSummary} for the keys.
 */
@Command(name = "zabbix", mixinStandardHelpOptions = true,
        description = "Zabbix low-level discovery and summary, as the old PlanB's 'blist --zabbix' prints them.",
        subcommands = {ZabbixCommand.Discovery.class, ZabbixCommand.Summary.class})
final class ZabbixCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Spec
    CommandSpec spec;

    /** {@code planb zabbix} alone: which subcommands there are, as a usage error. */
    @Override
    public Integer call() {
        cli.err.println("planb zabbix: a subcommand is required: discovery or summary.");
        spec.commandLine().usage(cli.err);
        return PlanbCli.EXIT_USAGE;
    }

    /** The {@code --hostname} both subcommands take. */
    static final class HostnameOption {
        @Option(names = "--hostname", paramLabel = "NAME",
                description = "The storage machine's name in {#PLANB} and 'hostname' (default: this machine's host name).")
        String hostname;

        String hostname() {
            return hostname != null ? hostname : ThisMachine.hostname();
        }
    }

    @Command(name = "discovery", mixinStandardHelpOptions = true,
            description = {"Low-level discovery: one object per enabled host with {#ID}, {#NAME} (GROUP-HOST),",
                "{#ETA_MAX} (the longest run of the last 14 days, rounded to the hour, at most 2 days) and {#PLANB}."})
    static final class Discovery implements Callable<Integer> {

        @ParentCommand
        ZabbixCommand zabbix;

        @Mixin
        HostnameOption hostname;

        @Override
        public Integer call() throws ConfigException, UsageException, IOException {
            PlanbCli cli = zabbix.cli;
            Engine engine = new Engine(cli.loadConfig());
            RunRecordStore records = engine.records();
            Instant since = Instant.now().minus(ZabbixDiscovery.ETA_WINDOW);
            List<ZabbixDiscovery.Entry> entries = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            for (HostSpec host : engine.config().hosts()) {
                if (host.enabled()) {
                    List<RunRecord> recent = records.history(host.id(), since, unreadable);
                    Duration longest = RunHistory.of(host.id(), recent).longestDuration().orElse(Duration.ZERO);
                    entries.add(new ZabbixDiscovery.Entry(host.id(), longest));
                }
            }
            unreadable.forEach(problem -> cli.err.println("planb: warning: run record skipped: " + problem));
            ZabbixDiscovery.nameClashes(entries.stream().map(ZabbixDiscovery.Entry::host).toList())
                    .forEach(clash -> cli.err.println("planb: warning: {#NAME} clash: " + clash));
            cli.out.println(ZabbixDiscovery.json(entries, hostname.hostname()));
            return 0;
        }
    }

    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = {"One object for the storage machine: enabled, failed, disabled, hostname, and the ages",
                "in seconds of the latest and oldest success and failure among the enabled hosts."})
    static final class Summary implements Callable<Integer> {

        @ParentCommand
        ZabbixCommand zabbix;

        @Mixin
        HostnameOption hostname;

        @Override
        public Integer call() throws ConfigException, UsageException, IOException {
            PlanbCli cli = zabbix.cli;
            Engine engine = new Engine(cli.loadConfig());
            cli.out.println(ZabbixSummary.json(MonitoredHosts.of(engine), hostname.hostname(),
                    System.currentTimeMillis()));
            return 0;
        }
    }
}
