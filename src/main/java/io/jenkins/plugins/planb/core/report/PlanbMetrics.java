package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.report.PrometheusText.Family;
import io.jenkins.plugins.planb.core.report.PrometheusText.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * PlanB's metrics in Prometheus' text format, from host summaries alone (no storage listing,
 * no history), so a thousand hosts cost a thousand small reads. {@code planb metrics} and
 * Jenkins' {@code /planb/metrics} both write them here.
 *
 * <p>Every per-host series has the labels {@code group} and {@code host}. Enumerations (the
 * host's state, its last outcome) are state sets, the Prometheus idiom for them: one series per
 * possible value, {@code 1} for the current one and {@code 0} for the others, so
 * {@code planb_last_outcome{outcome="FAILED"} == 1} selects the failing hosts and the values
 * never change meaning between versions the way numeric codes would.
 *
 * <p>A value that is not known (a host that never ran has no last run duration; a summary from
 * an older version has no transferred bytes) has no sample, so it never reads as a real 0. The
 * one exception is {@code planb_last_success_timestamp_seconds}, which is {@code 0} for a host
 * without any snapshot, so "time since the last success" alerts cover hosts that never succeeded.
 */
public final class PlanbMetrics {

    /** The outcomes a host's last attempt can have: a skipped run never becomes a host's last outcome. */
    static final List<Outcome> LAST_OUTCOMES = List.of(Outcome.SUCCESS, Outcome.PARTIAL, Outcome.FAILED);

    private PlanbMetrics() {}

    /** The exposition text for {@code hosts}, sorted by group and host; one family per metric. */
    public static String render(List<MonitoredHost> hosts) {
        List<MonitoredHost> sorted = new ArrayList<>(hosts);
        sorted.sort(Comparator.comparing((MonitoredHost h) -> h.host().group()).thenComparing(h -> h.host().host()));
        PrometheusText text = new PrometheusText();

        Family enabled = text.family("planb_host_enabled", Type.GAUGE,
                "Whether scheduled backups of the host run (1) or it is disabled (0).");
        for (MonitoredHost h : sorted) {
            enabled.sample(h.enabled() ? 1 : 0, labels(h));
        }

        Family state = text.family("planb_host_state", Type.GAUGE,
                "The host's state (OK, PARTIAL, FAILING, NEVER_SUCCEEDED, NEVER_RUN): 1 for the current one.");
        for (MonitoredHost h : sorted) {
            HostSummary.State current = h.summary().state();
            for (HostSummary.State s : HostSummary.State.values()) {
                state.sample(s == current ? 1 : 0, labels(h, "state", s.name()));
            }
        }

        Family outcome = text.family("planb_last_outcome", Type.GAUGE,
                "The outcome of the host's newest run that was not skipped: 1 for that outcome; all 0 before the first run.");
        for (MonitoredHost h : sorted) {
            for (Outcome o : LAST_OUTCOMES) {
                outcome.sample(h.summary().lastOutcome() == o ? 1 : 0, labels(h, "outcome", o.name()));
            }
        }

        Family success = text.family("planb_last_success_timestamp_seconds", Type.GAUGE,
                "When the host's newest run that took a snapshot finished, in seconds since the epoch; 0 if none did.");
        for (MonitoredHost h : sorted) {
            long at = h.summary().lastSuccessAt();
            success.sample(at < 0 ? Long.valueOf(0) : PrometheusText.seconds(at), labels(h));
        }

        timestamp(text, sorted, "planb_last_run_timestamp_seconds",
                "When the host's newest run that was not skipped finished, in seconds since the epoch.",
                HostSummary::lastRunAt);
        timestamp(text, sorted, "planb_failing_since_timestamp_seconds",
                "When the first failed run after the host's last snapshot started, in seconds since the epoch; "
                        + "no sample while the host is not failing.",
                HostSummary::failingSince);

        Family failures = text.family("planb_failures_since_success", Type.GAUGE,
                "How many runs of the host failed since its last snapshot.");
        for (MonitoredHost h : sorted) {
            failures.sample(h.summary().failuresSinceSuccess(), labels(h));
        }

        Family duration = text.family("planb_last_run_duration_seconds", Type.GAUGE,
                "The wall time of the host's newest run that was not skipped.");
        for (MonitoredHost h : sorted) {
            if (h.summary().lastDurationMillis() >= 0 && h.summary().hasRun()) {
                duration.sample(PrometheusText.seconds(h.summary().lastDurationMillis()), labels(h));
            }
        }

        known(text, sorted, "planb_last_transferred_bytes",
                "What the host's newest run that was not skipped transferred (rsync's total transferred file size).",
                HostSummary::lastBytesTransferred);
        known(text, sorted, "planb_snapshots", "How many snapshots the host has.", HostSummary::snapshotCount);
        known(text, sorted, "planb_used_bytes", "Space the host's dataset and its snapshots take.",
                HostSummary::usedBytes);
        known(text, sorted, "planb_snapshots_used_bytes",
                "Space only the host's snapshots hold: what destroying them all would free.",
                HostSummary::snapshotBytes);
        known(text, sorted, "planb_referenced_bytes", "Space the host's live copy refers to.",
                HostSummary::referencedBytes);

        Map<HostSummary.State, Integer> counts =
                HostSummary.countByState(sorted.stream().map(MonitoredHost::summary).toList());
        int disabled = (int) sorted.stream().filter(h -> !h.enabled()).count();
        Family hostsByState = text.family("planb_hosts", Type.GAUGE, "How many hosts are in each state, disabled ones included.");
        counts.forEach((s, n) -> hostsByState.sample(n, "state", s.name()));
        text.family("planb_hosts_disabled", Type.GAUGE, "How many hosts are disabled.").sample(disabled);
        return text.text();
    }

    private static void timestamp(PrometheusText text, List<MonitoredHost> hosts, String name, String help,
            ToLongFunction<HostSummary> millis) {
        Family family = text.family(name, Type.GAUGE, help);
        for (MonitoredHost h : hosts) {
            long at = millis.applyAsLong(h.summary());
            if (at >= 0) {
                family.sample(PrometheusText.seconds(at), labels(h));
            }
        }
    }

    private static void known(PrometheusText text, List<MonitoredHost> hosts, String name, String help,
            ToLongFunction<HostSummary> value) {
        Family family = text.family(name, Type.GAUGE, help);
        for (MonitoredHost h : hosts) {
            long v = value.applyAsLong(h.summary());
            if (v >= 0) {
                family.sample(v, labels(h));
            }
        }
    }

    private static String[] labels(MonitoredHost h, String... more) {
        String[] labels = new String[4 + more.length];
        labels[0] = "group";
        labels[1] = h.host().group();
        labels[2] = "host";
        labels[3] = h.host().host();
        System.arraycopy(more, 0, labels, 4, more.length);
        return labels;
    }
}
