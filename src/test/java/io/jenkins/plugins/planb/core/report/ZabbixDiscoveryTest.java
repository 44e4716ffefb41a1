package io.jenkins.plugins.planb.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZabbixDiscoveryTest {

    private static final HostId WEB = new HostId("acme", "web01");
    private static final HostId DB = new HostId("acme", "db01");

    /** Written by hand as PlanB's blist --zabbix prints it (Python's json.dumps), sorted by group, then host. */
    @Test
    void printsPlanbsDiscoveryArray() {
        String json = ZabbixDiscovery.json(List.of(
                new ZabbixDiscovery.Entry(WEB, Duration.ofMinutes(95)),
                new ZabbixDiscovery.Entry(DB, Duration.ZERO)), "backup1");

        assertThat(json).isEqualTo("[{\"{#ID}\": 125224775722123, \"{#NAME}\": \"acme-db01\", \"{#ETA_MAX}\": 0, "
                + "\"{#PLANB}\": \"backup1\"}, {\"{#ID}\": 84040131745507, \"{#NAME}\": \"acme-web01\", "
                + "\"{#ETA_MAX}\": 7200, \"{#PLANB}\": \"backup1\"}]");
        assertThat(ZabbixDiscovery.json(List.of(), "backup1")).isEqualTo("[]");
    }

    @Test
    void theHostnameIsEscapedAsPythonDoes() {
        String json = ZabbixDiscovery.json(List.of(new ZabbixDiscovery.Entry(DB, Duration.ZERO)), "b\u00e4ckup\u007f\"\\");
        assertThat(json).endsWith("\"{#PLANB}\": \"b\\u00e4ckup\\u007f\\\"\\\\\"}]");
    }

    /** The shell recipe in the javadoc: printf %s acme/web01 | sha256sum | cut -c1-12 is 4c6f1e3316e3. */
    @Test
    void theIdIsTheFirst48BitsOfTheHostsSha256() {
        assertThat(ZabbixDiscovery.id(WEB)).isEqualTo(0x4c6f1e3316e3L);
        assertThat(ZabbixDiscovery.id(DB)).isEqualTo(0x71e42a46248bL);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            long id = ZabbixDiscovery.id(new HostId("g" + (i % 7), "host" + i));
            assertThat(id).isBetween(0L, (1L << 48) - 1);
            ids.add(id);
        }
        assertThat(ids).hasSize(5000);
    }

    /** min(3600 * round(seconds / 3600), 172800) with Python 3's round: halves go to the even hour. */
    @Test
    void etaMaxRoundsToTheNearestHourAndStopsAtTwoDays() {
        assertThat(eta(0)).isZero();
        assertThat(eta(1799)).isZero();
        assertThat(eta(1800)).isZero(); // round(0.5) == 0
        assertThat(eta(1801)).isEqualTo(3600);
        assertThat(eta(5400)).isEqualTo(7200); // round(1.5) == 2
        assertThat(eta(9000)).isEqualTo(7200); // round(2.5) == 2
        assertThat(eta(12600)).isEqualTo(14400); // round(3.5) == 4
        assertThat(eta(47 * 3600 + 1799)).isEqualTo(47 * 3600);
        assertThat(eta(47 * 3600 + 1801)).isEqualTo(172_800);
        assertThat(eta(500_000)).isEqualTo(172_800);
        // PlanB keeps whole seconds: 1800.9 s is 1800 s, which rounds down
        assertThat(ZabbixDiscovery.etaMax(Duration.ofMillis(1_800_900))).isZero();
        assertThat(ZabbixDiscovery.etaMax(Duration.ofMillis(1_801_000))).isEqualTo(3600);
    }

    private static long eta(long seconds) {
        return ZabbixDiscovery.etaMax(Duration.ofSeconds(seconds));
    }

    @Test
    void namesAreGroupDashHostAndClashesAreFound() {
        assertThat(ZabbixDiscovery.name(WEB)).isEqualTo("acme-web01");
        assertThat(ZabbixDiscovery.nameClashes(List.of(WEB, DB))).isEmpty();
        assertThat(ZabbixDiscovery.nameClashes(List.of(new HostId("a-b", "c"), WEB, new HostId("a", "b-c"))))
                .containsExactly("a-b/c and a/b-c are both a-b-c");
    }
}
