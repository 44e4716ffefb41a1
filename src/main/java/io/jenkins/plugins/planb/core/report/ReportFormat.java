package io.jenkins.plugins.planb.core.report;

import java.util.function.Function;

/** The forms {@code planb report} writes. */
public enum ReportFormat {
    /** A table per group for a terminal or a plain mail ({@link ReportText}). */
    TEXT(ReportText::render),
    /** One self-contained HTML file with charts ({@link ReportHtml}). */
    HTML(ReportHtml::render),
    /** One JSON document for scripts, billing among them ({@link ReportJson}). */
    JSON(ReportJson::render);

    private final Function<BackupReport, String> renderer;

    ReportFormat(Function<BackupReport, String> renderer) {
        this.renderer = renderer;
    }

    public String render(BackupReport report) {
        return renderer.apply(report);
    }
}
