package io.jenkins.plugins.planb.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZabbixSummaryTest {

    private static final long NOW = 1_800_000_000_000L;

    private static HostSummary succeeded(long secondsAgo) {
        long at = NOW - secondsAgo * 1000;
        return new HostSummary(at, Outcome.SUCCESS, null, 1000, 10, at, at, -1, 0, List.of(1000L), 1, 1, 0, 1);
    }

    private static HostSummary failingFor(long secondsAgo, long lastSuccessSecondsAgo) {
        long since = NOW - secondsAgo * 1000;
        long success = lastSuccessSecondsAgo < 0 ? -1 : NOW - lastSuccessSecondsAgo * 1000;
        return new HostSummary(NOW - 1000, Outcome.FAILED, "boom", 1000, 0, success, success, since, 2, List.of(),
                -1, -1, -1, -1);
    }

    private static MonitoredHost host(String name, boolean enabled, HostSummary summary) {
        return new MonitoredHost(new HostId("acme", name), enabled, summary);
    }

    /** Written by hand in the layout of PlanB's blist --zabbix --summary (json.dumps, PlanB's key order). */
    @Test
    void printsPlanbsSummaryObject() {
        String json = ZabbixSummary.json(List.of(
                host("web01", true, succeeded(120)),
                host("web02", true, succeeded(3600)),
                host("db01", true, failingFor(7200, 90_000)),
                host("db02", true, failingFor(100, -1)),
                host("new01", true, HostSummary.NEVER_RUN),
                host("old01", false, succeeded(999_999)),
                host("old02", false, failingFor(999_999, -1))), "backup1", NOW);

        assertThat(json).isEqualTo("{\"enabled\": 5, \"failed\": 2, \"latest_success\": 120, \"oldest_success\": 3600, "
                + "\"latest_failure\": 100, \"oldest_failure\": 7200, \"disabled\": 2, \"hostname\": \"backup1\"}");
    }

    /** With nobody to measure from, PlanB measures from now: every age is 0. */
    @Test
    void agesNobodyHasAreZero() {
        assertThat(ZabbixSummary.json(List.of(), "b", NOW)).isEqualTo("{\"enabled\": 0, \"failed\": 0, "
                + "\"latest_success\": 0, \"oldest_success\": 0, \"latest_failure\": 0, \"oldest_failure\": 0, "
                + "\"disabled\": 0, \"hostname\": \"b\"}");
        assertThat(ZabbixSummary.json(List.of(host("new01", true, HostSummary.NEVER_RUN)), "b", NOW))
                .startsWith("{\"enabled\": 1, \"failed\": 0, \"latest_success\": 0, \"oldest_success\": 0,");
    }

    /** int((now - then).total_seconds()): whole seconds, cut toward zero, also for a clock that went back. */
    @Test
    void agesAreWholeSecondsCutTowardZero() {
        HostSummary justNow = succeeded(0);
        HostSummary s = new HostSummary(NOW, Outcome.SUCCESS, null, 1, 0, NOW - 1999, NOW - 1999, -1, 0, List.of(),
                -1, -1, -1, -1);
        HostSummary future = new HostSummary(NOW, Outcome.SUCCESS, null, 1, 0, NOW + 1999, NOW + 1999, -1, 0,
                List.of(), -1, -1, -1, -1);
        assertThat(ZabbixSummary.json(List.of(host("a", true, s), host("b", true, future)), "b", NOW))
                .contains("\"latest_success\": -1, \"oldest_success\": 1,");
        assertThat(ZabbixSummary.json(List.of(host("a", true, justNow)), "b", NOW)).contains("\"latest_success\": 0,");
    }
}
