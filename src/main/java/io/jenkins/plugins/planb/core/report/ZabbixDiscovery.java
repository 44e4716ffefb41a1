package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.config.HostId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zabbix low-level discovery of the hosts to watch: what the old PlanB's
 * {@code planb blist --zabbix} prints, with the same keys, order and layout, so the Zabbix
 * templates and agent {@code UserParameter}s written for it keep working.
 *
 * <pre>[{"{#ID}": 219902325555, "{#NAME}": "acme-web01", "{#ETA_MAX}": 3600, "{#PLANB}": "backup1"}]</pre>
 *
 * <ul>
 * <li>{@code {#ID}}: PlanB's database key of the fileset. We have none, so it is a number derived
 *     from {@code group/host} alone ({@link #id}): the same on every machine and every run, and
 *     different for different hosts.
 * <li>{@code {#NAME}}: PlanB's {@code unique_name}, {@code <hostgroup>-<fileset>}: here
 *     {@code <group>-<host>}, which is also the name PlanB's README sends success times under
 *     ({@code planb.get_latest[<name>]}). Like PlanB's, it can be ambiguous when names contain
 *     {@code -} ({@code a-b/c} and {@code a/b-c}); {@link #nameClashes} finds such pairs.
 * <li>{@code {#ETA_MAX}}: the longest run of the last 14 days, failures included, rounded to the
 *     nearest hour and capped at two days ({@link #etaMax}); Zabbix adds it to its staleness limit.
 * <li>{@code {#PLANB}}: the storage machine's host name.
 * </ul>
 */
public final class ZabbixDiscovery {

    /** How far back the longest run is looked for. */
    public static final Duration ETA_WINDOW = Duration.ofDays(14);

    /** The cap on {@code {#ETA_MAX}}: two days, as PlanB has it since 2025. */
    public static final long ETA_MAX_CAP_SECONDS = 2 * 86_400;

    /**
     * One enabled host.
     *
     * @param host    the host
     * @param longest the longest run of the last {@link #ETA_WINDOW} that was not skipped, failures
     *                included; {@link Duration#ZERO} when there was none
     */
    public record Entry(HostId host, Duration longest) {}

    private ZabbixDiscovery() {}

    /** The discovery array for the enabled hosts, sorted by group and host as PlanB sorts; no newline. */
    public static String json(List<Entry> enabledHosts, String hostname) {
        List<Entry> sorted = new ArrayList<>(enabledHosts);
        sorted.sort(Comparator.comparing((Entry e) -> e.host().group()).thenComparing(e -> e.host().host()));
        List<Object> items = new ArrayList<>();
        for (Entry entry : sorted) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("{#ID}", id(entry.host()));
            item.put("{#NAME}", name(entry.host()));
            item.put("{#ETA_MAX}", etaMax(entry.longest()));
            item.put("{#PLANB}", hostname);
            items.add(item);
        }
        return PythonJson.dumps(items);
    }

    /** {@code <group>-<host>}: PlanB's {@code unique_name}. */
    public static String name(HostId host) {
        return host.group() + "-" + host.host();
    }

    /**
     * A stable number for the host: the first 48 bits of the SHA-256 of {@code group/host} (UTF-8),
     * as an unsigned number. In a shell: {@code echo $((16#$(printf %s acme/web01 | sha256sum | cut -c1-12)))}.
     * 48 bits keep it exact in any JSON reader and make two hosts sharing one improbable (about one
     * in 280 million for a thousand hosts).
     */
    public static long id(HostId host) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(host.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        long id = 0;
        for (int i = 0; i < 6; i++) {
            id = (id << 8) | (digest[i] & 0xff);
        }
        return id;
    }

    /**
     * PlanB's {@code min(3600 * round(seconds / 3600), 172800)}: whole seconds (PlanB stores
     * durations as whole seconds), rounded to the nearest hour with halves to the even hour, as
     * Python 3's {@code round} does.
     */
    public static long etaMax(Duration longest) {
        long seconds = Math.max(0, longest.toSeconds());
        long hours = (long) Math.rint(seconds / 3600.0);
        return Math.min(3600 * hours, ETA_MAX_CAP_SECONDS);
    }

    /** Pairs of hosts that get the same {@code {#NAME}}, each as "a/b-c and a-b/c"; empty when none. */
    public static List<String> nameClashes(List<HostId> hosts) {
        Map<String, HostId> byName = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        for (HostId host : hosts) {
            HostId other = byName.putIfAbsent(name(host), host);
            if (other != null && !other.equals(host)) {
                clashes.add(other + " and " + host + " are both " + name(host));
            }
        }
        return clashes;
    }
}
