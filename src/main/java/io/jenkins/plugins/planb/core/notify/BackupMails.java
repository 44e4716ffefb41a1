package io.jenkins.plugins.planb.core.notify;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.run.Timestamps;

/**
 * The mail about a {@link StateChange}: subject and body say the host, the outcome, the first
 * error line, the last success and where the build is.
 */
public final class BackupMails {

    /** Subjects stay short enough for a mail client's list. */
    static final int SUBJECT_ERROR_LENGTH = 100;

    private BackupMails() {}

    /**
     * @param change   {@link StateChange#FAILED} or {@link StateChange#RECOVERED}
     * @param before   the host's summary before this run
     * @param run      the run that changed the state
     * @param buildUrl the build's absolute URL, or {@code null} when Jenkins does not know its own URL
     */
    public static MailMessage stateChange(StateChange change, HostSummary before, RunRecord run, String buildUrl) {
        if (change == StateChange.NONE) {
            throw new IllegalArgumentException("no mail for a run that changed nothing");
        }
        long now = run.finishedAt().toEpochMilli();
        String error = Ages.firstLine(run.error());
        String subject = change == StateChange.FAILED
                ? "PlanB: " + run.host() + " FAILED" + (error.isEmpty() ? "" : ": " + shorten(error))
                : "PlanB: " + run.host() + " recovered (" + run.outcome() + ")";
        StringBuilder body = new StringBuilder();
        body.append(change == StateChange.FAILED
                ? "The backup of " + run.host() + " failed; no snapshot was taken.\n\n"
                : "The backup of " + run.host() + " succeeded again after "
                        + failures(before.failuresSinceSuccess()) + ".\n\n");
        line(body, "Host", run.host().toString());
        line(body, "Outcome", run.outcome().name());
        if (!error.isEmpty()) {
            line(body, "Error", error);
        }
        line(body, "Started", Timestamps.iso(run.startedAt()));
        line(body, "Finished", Timestamps.iso(run.finishedAt()));
        if (change == StateChange.RECOVERED) {
            line(body, "Snapshot", run.snapshot());
            line(body, "Failing since", Ages.when(before.failingSince(), now));
        }
        line(body, "Last success", Ages.when(before.lastSuccessAt(), now));
        line(body, "Build", buildUrl == null
                ? "(Jenkins does not know its URL: set it under Manage Jenkins » System » Jenkins URL)" : buildUrl);
        body.append('\n').append(change == StateChange.FAILED
                ? "You get this mail once, on the first failure after a success. While the host keeps failing no"
                        + " further mail is sent until it recovers; the daily digest lists it.\n"
                : "You get this mail on the first success after failures.\n");
        return new MailMessage(subject, body.toString());
    }

    private static String failures(int count) {
        return count == 1 ? "1 failed run" : count + " failed runs";
    }

    private static String shorten(String text) {
        return text.length() <= SUBJECT_ERROR_LENGTH ? text : text.substring(0, SUBJECT_ERROR_LENGTH - 1) + "…";
    }

    static void line(StringBuilder body, String label, String value) {
        body.append(String.format("%-14s %s", label + ":", value == null ? "-" : value)).append('\n');
    }
}
