package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.history.HostSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Zabbix item with the whole storage machine's state: what the old PlanB's
 * {@code planb blist --zabbix --summary} prints, same keys, order and layout.
 *
 * <pre>{"enabled": 3, "failed": 1, "latest_success": 120, "oldest_success": 3600, "latest_failure": 7200, "oldest_failure": 7200, "disabled": 1, "hostname": "backup1"}</pre>
 *
 * <ul>
 * <li>{@code enabled}, {@code disabled}: how many hosts are (not) backed up on schedule.
 * <li>{@code failed}: enabled hosts whose runs failed since their last snapshot (or that never
 *     took one after a failure): PlanB's {@code first_fail} set.
 * <li>{@code latest_success}, {@code oldest_success}: ages in seconds of the newest and oldest
 *     "last success" among the enabled hosts that are not failing; a failing host counts under
 *     failures only, and a host that never ran under neither.
 * <li>{@code latest_failure}, {@code oldest_failure}: ages in seconds of the newest and oldest
 *     start of a failing host's current failure period (the first failed run after its last
 *     snapshot).
 * <li>An age nobody has (no such host) is {@code 0}, as in PlanB, which measures from "now" then.
 *     Ages are whole seconds, cut toward zero.
 * <li>{@code hostname}: the storage machine's host name.
 * </ul>
 */
public final class ZabbixSummary {

    private ZabbixSummary() {}

    /** The summary object at {@code nowMillis}; no newline. */
    public static String json(List<MonitoredHost> hosts, String hostname, long nowMillis) {
        int enabled = 0;
        int disabled = 0;
        int failed = 0;
        long latestSuccess = Long.MIN_VALUE;
        long oldestSuccess = Long.MAX_VALUE;
        long latestFailure = Long.MIN_VALUE;
        long oldestFailure = Long.MAX_VALUE;
        for (MonitoredHost host : hosts) {
            if (!host.enabled()) {
                disabled++;
                continue;
            }
            enabled++;
            HostSummary s = host.summary();
            if (s.isFailing()) {
                failed++;
                latestFailure = Math.max(latestFailure, s.failingSince());
                oldestFailure = Math.min(oldestFailure, s.failingSince());
            } else if (s.lastSuccessAt() >= 0) {
                latestSuccess = Math.max(latestSuccess, s.lastSuccessAt());
                oldestSuccess = Math.min(oldestSuccess, s.lastSuccessAt());
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enabled", enabled);
        data.put("failed", failed);
        data.put("latest_success", age(nowMillis, latestSuccess));
        data.put("oldest_success", age(nowMillis, oldestSuccess));
        data.put("latest_failure", age(nowMillis, latestFailure));
        data.put("oldest_failure", age(nowMillis, oldestFailure));
        data.put("disabled", disabled);
        data.put("hostname", hostname);
        return PythonJson.dumps(data);
    }

    /** Whole seconds from {@code at} to now, cut toward zero like Python's {@code int()}; 0 for nobody. */
    private static long age(long nowMillis, long at) {
        if (at == Long.MIN_VALUE || at == Long.MAX_VALUE) {
            return 0;
        }
        return (nowMillis - at) / 1000;
    }
}
