package io.jenkins.plugins.planb.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.testing.PrometheusTextParser;
import io.jenkins.plugins.planb.testing.PrometheusTextParser.Family;
import io.jenkins.plugins.planb.testing.PrometheusTextParser.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanbMetricsTest {

    private static final HostSummary OK = new HostSummary(1_767_237_345_123L, Outcome.SUCCESS, null, 45_000, 1_258_291,
            1_767_237_345_123L, 1_760_000_000_000L, -1, 0, List.of(45_000L), 5_368_709_120L, 4_294_967_296L,
            1_073_741_824L, 12);
    private static final HostSummary FAILING = new HostSummary(1_767_300_000_000L, Outcome.FAILED, "host key changed",
            2_500, 0, 1_767_000_000_000L, 1_760_000_000_000L, 1_767_200_000_000L, 3, List.of(), 1000, 900, 100, 4);

    private static List<MonitoredHost> hosts() {
        return List.of(
                new MonitoredHost(new HostId("acme", "web01"), true, OK),
                new MonitoredHost(new HostId("acme", "db01"), true, FAILING),
                new MonitoredHost(new HostId("zeta", "new01"), false, HostSummary.NEVER_RUN));
    }

    @Test
    void everyFamilyIsAGaugeWithHelpAndParses() {
        Map<String, Family> families = PrometheusTextParser.parse(PlanbMetrics.render(hosts()));

        assertThat(families.keySet()).containsExactly("planb_host_enabled", "planb_host_state", "planb_last_outcome",
                "planb_last_success_timestamp_seconds", "planb_last_run_timestamp_seconds",
                "planb_failing_since_timestamp_seconds", "planb_failures_since_success",
                "planb_last_run_duration_seconds", "planb_last_transferred_bytes", "planb_snapshots",
                "planb_used_bytes", "planb_snapshots_used_bytes", "planb_referenced_bytes", "planb_hosts",
                "planb_hosts_disabled");
        assertThat(families.values()).allSatisfy(family -> {
            assertThat(family.type()).isEqualTo("gauge");
            assertThat(family.help()).isNotBlank();
        });
    }

    @Test
    void perHostValues() {
        Map<String, Family> f = PrometheusTextParser.parse(PlanbMetrics.render(hosts()));

        assertThat(value(f, "planb_host_enabled", "web01")).isEqualTo(1);
        assertThat(value(f, "planb_host_enabled", "new01")).isEqualTo(0);
        assertThat(value(f, "planb_last_success_timestamp_seconds", "web01")).isEqualTo(1_767_237_345.123);
        assertThat(value(f, "planb_last_success_timestamp_seconds", "db01")).isEqualTo(1_767_000_000.0);
        assertThat(value(f, "planb_last_success_timestamp_seconds", "new01")).isZero();
        assertThat(value(f, "planb_failing_since_timestamp_seconds", "db01")).isEqualTo(1_767_200_000.0);
        assertThat(hostsIn(f, "planb_failing_since_timestamp_seconds")).containsExactly("db01");
        assertThat(value(f, "planb_failures_since_success", "db01")).isEqualTo(3);
        assertThat(value(f, "planb_failures_since_success", "new01")).isZero();
        assertThat(value(f, "planb_last_run_duration_seconds", "web01")).isEqualTo(45);
        assertThat(value(f, "planb_last_run_duration_seconds", "db01")).isEqualTo(2.5);
        assertThat(value(f, "planb_last_transferred_bytes", "web01")).isEqualTo(1_258_291);
        assertThat(value(f, "planb_last_transferred_bytes", "db01")).isZero();
        assertThat(value(f, "planb_snapshots", "web01")).isEqualTo(12);
        assertThat(value(f, "planb_used_bytes", "web01")).isEqualTo(5_368_709_120.0);
        assertThat(value(f, "planb_snapshots_used_bytes", "web01")).isEqualTo(1_073_741_824.0);
        assertThat(value(f, "planb_referenced_bytes", "web01")).isEqualTo(4_294_967_296.0);
        // a host that never ran has no values it does not know, rather than zeros that look real
        for (String unknown : List.of("planb_last_run_timestamp_seconds", "planb_last_run_duration_seconds",
                "planb_last_transferred_bytes", "planb_snapshots", "planb_used_bytes", "planb_snapshots_used_bytes",
                "planb_referenced_bytes")) {
            assertThat(hostsIn(f, unknown)).as(unknown).containsExactly("db01", "web01");
        }
    }

    @Test
    void statesAndOutcomesAreStateSets() {
        Map<String, Family> f = PrometheusTextParser.parse(PlanbMetrics.render(hosts()));

        assertThat(set(f, "planb_host_state", "state", "web01")).containsExactly("OK");
        assertThat(set(f, "planb_host_state", "state", "db01")).containsExactly("FAILING");
        assertThat(set(f, "planb_host_state", "state", "new01")).containsExactly("NEVER_RUN");
        assertThat(f.get("planb_host_state").samples()).hasSize(3 * HostSummary.State.values().length);
        assertThat(set(f, "planb_last_outcome", "outcome", "web01")).containsExactly("SUCCESS");
        assertThat(set(f, "planb_last_outcome", "outcome", "db01")).containsExactly("FAILED");
        assertThat(set(f, "planb_last_outcome", "outcome", "new01")).isEmpty();
        assertThat(f.get("planb_last_outcome").samples()).extracting(s -> s.labels().get("outcome"))
                .containsOnly("SUCCESS", "PARTIAL", "FAILED").hasSize(9);
    }

    @Test
    void countsHostsByState() {
        Map<String, Family> f = PrometheusTextParser.parse(PlanbMetrics.render(hosts()));

        assertThat(f.get("planb_hosts").samples()).extracting(s -> s.labels().get("state") + "=" + (long) s.value())
                .containsExactly("OK=1", "PARTIAL=0", "FAILING=1", "NEVER_SUCCEEDED=0", "NEVER_RUN=1");
        assertThat(f.get("planb_hosts_disabled").samples().get(0).value()).isEqualTo(1);
        assertThat(PrometheusTextParser.parse(PlanbMetrics.render(List.of())).get("planb_hosts").samples())
                .extracting(Sample::value).containsOnly(0.0);
    }

    @Test
    void hostsAreSortedAndNamesNeedNoCare() {
        List<MonitoredHost> hosts = new ArrayList<>(hosts());
        hosts.add(new MonitoredHost(new HostId("a\"b", "c\\d"), true, OK));
        Map<String, Family> f = PrometheusTextParser.parse(PlanbMetrics.render(hosts));
        assertThat(f.get("planb_host_enabled").samples()).extracting(s -> s.labels().get("group") + "/" + s.labels().get("host"))
                .containsExactly("a\"b/c\\d", "acme/db01", "acme/web01", "zeta/new01");
    }

    private static double value(Map<String, Family> families, String name, String host) {
        return families.get(name).samples().stream().filter(s -> s.labels().get("host").equals(host))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " for " + host)).value();
    }

    private static List<String> hostsIn(Map<String, Family> families, String name) {
        return families.get(name).samples().stream().map(s -> s.labels().get("host")).sorted().toList();
    }

    private static List<String> set(Map<String, Family> families, String name, String label, String host) {
        return families.get(name).samples().stream()
                .filter(s -> s.labels().get("host").equals(host) && s.value() == 1)
                .map(s -> s.labels().get(label)).toList();
    }
}
