package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.config.Durations;
import io.jenkins.plugins.planb.core.run.Timestamps;

/**
 * The report as plain text, like the old PlanB's {@code breport} summary: per group a table of
 * its hosts (disk use, last backup, status, …) with a total row, the errors of failing hosts
 * beneath it, and the totals of the whole report at the end.
 */
public final class ReportText {

    private static final String ALIGNMENT = "lrrrrrllrr";

    private ReportText() {}

    public static String render(BackupReport report) {
        StringBuilder out = new StringBuilder();
        out.append("PlanB backup report, ").append(Durations.format(report.period())).append(" from ")
                .append(Timestamps.iso(report.since())).append(" to ").append(Timestamps.iso(report.generatedAt()))
                .append('\n');
        out.append("Sizes are what the storage holds now; runs, growth and average run time are of this period.\n");
        boolean anyDisabled = false;
        for (GroupReport group : report.groups()) {
            ReportTotals totals = group.totals();
            out.append('\n').append(group.name()).append(": ").append(hosts(totals)).append('\n');
            TextTable table = new TextTable(ALIGNMENT, "HOST", "DISK USE", "BY SNAPSHOTS", "LIVE", "SNAPSHOTS",
                    "GROWTH", "LAST BACKUP", "STATUS", "OK/PART/FAIL/SKIP", "AVG RUN");
            for (HostReport host : group.hosts()) {
                anyDisabled |= !host.enabled();
                table.row(host.host().host(), Units.bytes(host.sizes().used()),
                        Units.bytes(host.sizes().usedBySnapshots()), Units.bytes(host.sizes().referenced()),
                        Cells.count(host.snapshotCount()), Cells.growth(host.growthBytes()),
                        Cells.lastBackup(host.lastSuccessAt(), report.generatedAt()),
                        Cells.state(host.state()) + (host.enabled() ? "" : "*"), Cells.runs(host.runs()),
                        Cells.duration(host.averageDuration()));
            }
            table.row("Total", total(totals.usedBytes(), totals.sizesUnknown()), Units.bytes(totals.usedBySnapshotsBytes()),
                    Units.bytes(totals.referencedBytes()), Long.toString(totals.snapshotCount()),
                    Cells.growth(totals.growthBytes()),
                    totals.oldestSuccessAt() == null ? "never" : "oldest " + Cells.lastBackup(totals.oldestSuccessAt(),
                            report.generatedAt()),
                    totals.failing() == 0 ? "" : totals.failing() + " failing", Cells.runs(totals.runs()),
                    Cells.duration(totals.averageDuration()));
            out.append(table.render("  "));
            for (HostReport host : group.hosts()) {
                if (host.lastError() != null) {
                    out.append("  ").append(host.host().host()).append(": failing since ")
                            .append(Timestamps.iso(host.failingSince())).append(": ").append(oneLine(host.lastError()))
                            .append('\n');
                }
                if (host.storageError() != null) {
                    out.append("  ").append(host.host().host()).append(": cannot read: ")
                            .append(oneLine(host.storageError())).append('\n');
                }
                if (!host.unreadable().isEmpty()) {
                    out.append("  ").append(host.host().host()).append(": ").append(host.unreadable().size())
                            .append(" unreadable run records, first ").append(oneLine(host.unreadable().get(0)))
                            .append('\n');
                }
            }
        }
        ReportTotals all = report.totals();
        out.append('\n').append("All groups: ").append(hosts(all)).append(", ")
                .append(total(all.usedBytes(), all.sizesUnknown())).append(" used (")
                .append(Units.bytes(all.usedBySnapshotsBytes())).append(" held by snapshots alone), growth ")
                .append(Cells.growth(all.growthBytes())).append(", ").append(all.snapshotCount())
                .append(" snapshots\n");
        if (anyDisabled) {
            out.append("* disabled\n");
        }
        return out.toString();
    }

    private static String hosts(ReportTotals totals) {
        StringBuilder text = new StringBuilder().append(totals.hosts()).append(totals.hosts() == 1 ? " host" : " hosts");
        if (totals.failing() > 0) {
            text.append(", ").append(totals.failing()).append(" failing");
        }
        if (totals.neverSucceeded() > 0) {
            text.append(", ").append(totals.neverSucceeded()).append(" without a backup");
        }
        return text.toString();
    }

    private static String total(long bytes, int unknown) {
        return Units.bytes(bytes) + (unknown > 0 ? " + " + unknown + " unknown" : "");
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replaceAll("\\p{Cntrl}", "?");
    }
}
