package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import org.junit.jupiter.api.Test;

class BackupMailsTest {

    @Test
    void aFailureSaysHostOutcomeFirstErrorLineLastSuccessAndBuild() {
        HostSummary before = HostSummary.NEVER_RUN.after(NotifyFixtures.run(0, Outcome.SUCCESS));
        RunRecord failed = NotifyFixtures.run(26, Outcome.FAILED);
        MailMessage mail = BackupMails.stateChange(StateChange.FAILED, before, failed,
                "https://jenkins.example.com/job/acme/job/web01/7/");
        assertThat(mail.subject())
                .isEqualTo("PlanB: acme/web01 FAILED: ssh: connect to host web01 port 22: Connection refused");
        assertThat(mail.body())
                .contains("Host:          acme/web01\n")
                .contains("Outcome:       FAILED\n")
                .contains("Error:         ssh: connect to host web01 port 22: Connection refused\n")
                .doesNotContain("more")
                .contains("Last success:  2026-03-01T02:01:30.000Z (1d02h ago)\n")
                .contains("Build:         https://jenkins.example.com/job/acme/job/web01/7/\n")
                .contains("no\nfurther mail is sent until it recovers".replace("\n", " "));
    }

    @Test
    void aRecoverySaysHowLongItFailedAndTheNewSnapshot() {
        HostSummary before = HostSummary.NEVER_RUN.after(NotifyFixtures.run(0, Outcome.SUCCESS))
                .after(NotifyFixtures.run(1, Outcome.FAILED)).after(NotifyFixtures.run(2, Outcome.FAILED));
        MailMessage mail = BackupMails.stateChange(StateChange.RECOVERED, before, NotifyFixtures.run(3, Outcome.PARTIAL),
                null);
        assertThat(mail.subject()).isEqualTo("PlanB: acme/web01 recovered (PARTIAL)");
        assertThat(mail.body())
                .contains("succeeded again after 2 failed runs")
                .contains("Snapshot:      planb-3\n")
                .contains("Failing since: 2026-03-01T03:00:00.000Z (2h01m ago)\n")
                .contains("Build:         (Jenkins does not know its URL");
    }

    @Test
    void aLongErrorIsShortenedInTheSubjectOnly() {
        String longError = "x".repeat(300);
        RunRecord run = NotifyFixtures.run(1, Outcome.FAILED);
        RunRecord failed = new RunRecord(run.host(), run.outcome(), null, run.dataset(), run.startedAt(),
                run.finishedAt(), 12, null, null, longError, null, null, null);
        MailMessage mail = BackupMails.stateChange(StateChange.FAILED, HostSummary.NEVER_RUN, failed, null);
        assertThat(mail.subject()).hasSize("PlanB: acme/web01 FAILED: ".length() + BackupMails.SUBJECT_ERROR_LENGTH)
                .endsWith("x…");
        assertThat(mail.body()).contains(longError).contains("Last success:  never");
    }

    @Test
    void noMailForNoChange() {
        assertThatThrownBy(() -> BackupMails.stateChange(StateChange.NONE, HostSummary.NEVER_RUN,
                NotifyFixtures.run(0, Outcome.SUCCESS), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
