package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.RunRecordStore;
import io.jenkins.plugins.planb.core.report.ZabbixDiscovery;
import io.jenkins.plugins.planb.core.run.JsonTree;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import io.jenkins.plugins.planb.testing.PrometheusTextParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planb zabbix} and {@code planb metrics} over run records written as a backup writes them. */
class MonitoringCommandsTest {

    private static final HostId WEB = new HostId("acme", "web01");
    private static final HostId DB = new HostId("acme", "db01");
    private static final HostId OLD = new HostId("other", "old01");

    @TempDir
    Path dir;

    private Path config;
    private final Instant now = Instant.now();

    @BeforeEach
    void hostsWithHistories() throws IOException {
        config = dir.resolve("planb.yaml");
        Files.writeString(config, """
                storage:
                  directory: { path: %s }
                stateDir: %s
                groups:
                  - name: acme
                    hosts:
                      - { name: web01, transport: local, root: /srv }
                      - { name: db01, transport: local, root: /srv }
                      - { name: new01, transport: local, root: /srv }
                  - name: other
                    hosts:
                      - { name: old01, transport: local, root: /srv, enabled: false }
                """.formatted(dir.resolve("store"), dir.resolve("state")));
        RunRecordStore store = new RunRecordStore(dir.resolve("state"));
        // a 40-hour run 20 days ago is outside the 14 days {#ETA_MAX} looks at
        store.save(run(WEB, Outcome.SUCCESS, ago(Duration.ofDays(20)), Duration.ofHours(40)));
        store.save(run(WEB, Outcome.FAILED, ago(Duration.ofDays(3)), Duration.ofMinutes(95)));
        store.save(run(WEB, Outcome.SUCCESS, ago(Duration.ofHours(2)), Duration.ofMinutes(10)));
        store.save(run(DB, Outcome.SUCCESS, ago(Duration.ofDays(2)), Duration.ofMinutes(30)));
        store.save(run(DB, Outcome.FAILED, ago(Duration.ofDays(1)), Duration.ofHours(3)));
        store.save(run(DB, Outcome.SKIPPED, ago(Duration.ofHours(5)), Duration.ofHours(9)));
        store.save(run(DB, Outcome.FAILED, ago(Duration.ofHours(4)), Duration.ofMinutes(1)));
        store.save(run(OLD, Outcome.FAILED, ago(Duration.ofDays(100)), Duration.ofMinutes(1)));
    }

    private Instant ago(Duration duration) {
        return now.minus(duration);
    }

    private static RunRecord run(HostId host, Outcome outcome, Instant started, Duration took) {
        boolean snapshot = outcome.snapshotTaken();
        return new RunRecord(host, outcome, snapshot ? "planb-" + started.toEpochMilli() : null, "d", started,
                started.plus(took), outcome == Outcome.SKIPPED ? null : 0,
                new RsyncStats(10, 0, 0, 2, 1000, 4096, 10, 10, 100, 100), List.of(),
                outcome == Outcome.FAILED ? "rsync: connection reset" : null, List.of(), PhaseTimes.NONE,
                snapshot ? new DatasetSizes(8192, 4096, 10, 2048) : DatasetSizes.UNKNOWN, snapshot ? 3 : -1);
    }

    private CliRun planb(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-c";
        all[1] = config.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(all);
    }

    @Test
    void discoveryListsEnabledHostsAsPlanbDoes() {
        CliRun run = planb("zabbix", "discovery", "--hostname", "backup1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        // db01's longest counted run failed after 3 hours (the skipped 9 hours do not count); web01's 95-minute
        // failure rounds to 2 hours and its 40 hours are too old; new01 never ran; old01 is disabled
        assertThat(run.out()).isEqualTo("[" + item(DB, 10800) + ", " + item(new HostId("acme", "new01"), 0) + ", "
                + item(WEB, 7200) + "]\n");
    }

    private static String item(HostId host, long eta) {
        return "{\"{#ID}\": " + ZabbixDiscovery.id(host) + ", \"{#NAME}\": \"" + host.group() + "-" + host.host()
                + "\", \"{#ETA_MAX}\": " + eta + ", \"{#PLANB}\": \"backup1\"}";
    }

    @Test
    void summaryCountsAndAgesAsPlanbDoes() {
        CliRun run = planb("zabbix", "summary", "--hostname", "backup1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("\\{\"enabled\": 3, \"failed\": 1, \"latest_success\": \\d+, "
                + "\"oldest_success\": \\d+, \"latest_failure\": \\d+, \"oldest_failure\": \\d+, "
                + "\"disabled\": 1, \"hostname\": \"backup1\"}\n");
        Map<String, Object> summary = JsonTree.object(run.out());
        long webSuccess = Duration.ofHours(2).minusMinutes(10).toSeconds();
        long dbFailing = Duration.ofDays(1).toSeconds();
        // web01 is the only enabled host that is not failing; db01 fails since its first failure after its snapshot
        assertThat((Long) summary.get("latest_success")).isCloseTo(webSuccess, within(5L));
        assertThat((Long) summary.get("oldest_success")).isCloseTo(webSuccess, within(5L));
        assertThat((Long) summary.get("latest_failure")).isCloseTo(dbFailing, within(5L));
        assertThat((Long) summary.get("oldest_failure")).isCloseTo(dbFailing, within(5L));
    }

    @Test
    void theHostnameDefaultsToThisMachines() {
        CliRun run = planb("zabbix", "summary");

        assertThat(run.exitCode()).isZero();
        assertThat(JsonTree.object(run.out()).get("hostname")).isEqualTo(ThisMachine.hostname()).isNotEqualTo("");
    }

    @Test
    void zabbixWithoutASubcommandIsAUsageError() {
        CliRun run = planb("zabbix");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a subcommand is required: discovery or summary");
        assertThat(planb("zabbix", "bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void metricsOnStdoutParse() {
        CliRun run = planb("metrics");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, PrometheusTextParser.Family> families = PrometheusTextParser.parse(run.out());
        assertThat(families.get("planb_host_enabled").samples()).hasSize(4);
        assertThat(sample(families, "planb_last_run_duration_seconds", "web01")).isEqualTo(600);
        assertThat(sample(families, "planb_last_transferred_bytes", "db01")).isEqualTo(4096);
        assertThat(sample(families, "planb_snapshots", "web01")).isEqualTo(3);
        assertThat(sample(families, "planb_snapshots_used_bytes", "web01")).isEqualTo(2048);
        assertThat(sample(families, "planb_failures_since_success", "db01")).isEqualTo(2);
        assertThat(sample(families, "planb_last_success_timestamp_seconds", "new01")).isZero();
        assertThat(sample(families, "planb_last_success_timestamp_seconds", "web01"))
                .isEqualTo(ago(Duration.ofHours(2).minusMinutes(10)).toEpochMilli() / 1000.0);
    }

    private static double sample(Map<String, PrometheusTextParser.Family> families, String name, String host) {
        return families.get(name).samples().stream().filter(s -> s.labels().get("host").equals(host)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " for " + host)).value();
    }

    @Test
    void metricsToAFileReplaceItWholeAndReadableByAll() throws IOException {
        Path textfiles = Files.createDirectories(dir.resolve("textfile"));
        Path prom = textfiles.resolve("planb.prom");
        Files.writeString(prom, "stale\n");
        Files.setPosixFilePermissions(prom, PosixFilePermissions.fromString("rw-------"));

        CliRun run = planb("metrics", "-o", prom.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(PrometheusTextParser.parse(Files.readString(prom))).containsKey("planb_hosts");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(prom))).isEqualTo("rw-r--r--");
        try (var left = Files.list(textfiles)) {
            assertThat(left).containsExactly(prom);
        }
    }

    @Test
    void aBadOutputIsAUsageErrorAndWritesNothing() throws IOException {
        CliRun toDirectory = planb("metrics", "-o", dir.toString());
        assertThat(toDirectory.exitCode()).isEqualTo(2);
        assertThat(toDirectory.err()).contains("-o " + dir, "is a directory");

        CliRun nowhere = planb("metrics", "-o", dir.resolve("missing/planb.prom").toString());
        assertThat(nowhere.exitCode()).isEqualTo(2);
        assertThat(nowhere.err()).contains("does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();

        CliRun notProm = planb("metrics", "-o", dir.resolve("planb.txt").toString());
        assertThat(notProm.exitCode()).isZero();
        assertThat(notProm.err()).contains("reads only *.prom files");
    }
}
