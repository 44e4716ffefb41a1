package io.jenkins.plugins.planb.core.notify;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One group's day, for the daily digest: how its runs ended, and which hosts need a person
 * (failing, overdue, never backed up). Filled host by host with {@link #add}.
 */
public final class GroupDigest {

    /** A host in the digest: its name and summary, and whether it is overdue at the digest's time. */
    public record HostLine(String host, HostSummary summary, boolean overdue) {}

    private final String group;
    private final String groupUrl;
    private final Map<Outcome, Integer> runs = new EnumMap<>(Outcome.class);
    private final List<HostLine> failing = new ArrayList<>();
    private final List<HostLine> overdue = new ArrayList<>();
    private final List<String> neverRun = new ArrayList<>();
    private int hosts;

    /** @param groupUrl the group page's absolute URL, or {@code null} */
    public GroupDigest(String group, String groupUrl) {
        this.group = Objects.requireNonNull(group, "group");
        this.groupUrl = groupUrl;
    }

    /**
     * Adds a host.
     *
     * @param outcomes the outcomes of its runs within the digest's period
     * @param overdue  whether it has had no snapshot for longer than its limit
     */
    public GroupDigest add(String host, HostSummary summary, List<Outcome> outcomes, boolean overdue) {
        hosts++;
        for (Outcome outcome : outcomes) {
            runs.merge(outcome, 1, Integer::sum);
        }
        HostLine line = new HostLine(host, summary, overdue);
        if (!summary.hasRun()) {
            neverRun.add(host);
        } else if (summary.isFailing()) {
            failing.add(line);
        }
        if (overdue) {
            this.overdue.add(line);
        }
        return this;
    }

    public String group() {
        return group;
    }

    public int hosts() {
        return hosts;
    }

    /** How many runs in the period ended with {@code outcome}. */
    public int runs(Outcome outcome) {
        return runs.getOrDefault(outcome, 0);
    }

    public List<HostLine> failing() {
        return List.copyOf(failing);
    }

    public List<HostLine> overdue() {
        return List.copyOf(overdue);
    }

    public List<String> neverRun() {
        return List.copyOf(neverRun);
    }

    /**
     * The digest mail.
     *
     * @param now         when it is sent
     * @param periodHours how far back the run counts go
     * @param limitHours  the group's overdue limit
     */
    public MailMessage toMail(long now, int periodHours, int limitHours) {
        int good = runs(Outcome.SUCCESS) + runs(Outcome.PARTIAL);
        String subject = "PlanB digest " + group + ": " + good + " good, " + runs(Outcome.FAILED) + " failed"
                + (failing.isEmpty() ? "" : ", " + failing.size() + " failing")
                + (overdue.isEmpty() ? "" : ", " + overdue.size() + " overdue");
        StringBuilder body = new StringBuilder();
        body.append("PlanB daily digest of the group ").append(group).append(" (").append(hosts)
                .append(hosts == 1 ? " host" : " hosts").append("), the last ").append(periodHours)
                .append(" hours.\n\n");
        BackupMails.line(body, "Successful", Integer.toString(runs(Outcome.SUCCESS)));
        BackupMails.line(body, "Partial", Integer.toString(runs(Outcome.PARTIAL)));
        BackupMails.line(body, "Failed", Integer.toString(runs(Outcome.FAILED)));
        BackupMails.line(body, "Skipped", Integer.toString(runs(Outcome.SKIPPED)));
        section(body, "Failing now", failing.size());
        for (HostLine line : failing) {
            body.append("  ").append(line.host()).append(": failing since ")
                    .append(Ages.when(line.summary().failingSince(), now)).append(", ")
                    .append(line.summary().failuresSinceSuccess()).append(" failed runs; last error: ")
                    .append(Ages.firstLine(line.summary().lastError())).append('\n');
        }
        section(body, "Overdue: no good backup for more than " + limitHours + " h", overdue.size());
        for (HostLine line : overdue) {
            body.append("  ").append(line.host()).append(": last success ")
                    .append(Ages.when(line.summary().lastSuccessAt(), now)).append('\n');
        }
        section(body, "Never backed up", neverRun.size());
        for (String host : neverRun) {
            body.append("  ").append(host).append('\n');
        }
        if (groupUrl != null) {
            body.append('\n').append(groupUrl).append('\n');
        }
        return new MailMessage(subject, body.toString());
    }

    private static void section(StringBuilder body, String title, int count) {
        body.append('\n').append(title).append(" (").append(count).append(")").append(count == 0 ? ": none\n" : ":\n");
    }
}
