package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupDigestTest {

    @Test
    void countsTheDaysRunsAndListsWhoNeedsAPerson() {
        HostSummary ok = HostSummary.NEVER_RUN.after(NotifyFixtures.run(0, Outcome.SUCCESS));
        HostSummary failing = ok.after(NotifyFixtures.run(1, Outcome.FAILED)).after(NotifyFixtures.run(2, Outcome.FAILED));
        long now = NotifyFixtures.T0.plus(Duration.ofHours(60)).toEpochMilli();
        GroupDigest digest = new GroupDigest("acme", "https://jenkins.example.com/job/acme/")
                .add("web01", ok, List.of(Outcome.SUCCESS, Outcome.PARTIAL), false)
                .add("db01", failing, List.of(Outcome.FAILED, Outcome.FAILED, Outcome.SKIPPED), true)
                .add("new01", HostSummary.NEVER_RUN, List.of(), false);

        assertThat(digest.hosts()).isEqualTo(3);
        assertThat(digest.runs(Outcome.SUCCESS)).isEqualTo(1);
        assertThat(digest.runs(Outcome.FAILED)).isEqualTo(2);
        assertThat(digest.failing()).extracting(GroupDigest.HostLine::host).containsExactly("db01");
        assertThat(digest.overdue()).extracting(GroupDigest.HostLine::host).containsExactly("db01");
        assertThat(digest.neverRun()).containsExactly("new01");

        MailMessage mail = digest.toMail(now, 24, 48);
        assertThat(mail.subject()).isEqualTo("PlanB digest acme: 2 good, 2 failed, 1 failing, 1 overdue");
        assertThat(mail.body())
                .contains("group acme (3 hosts), the last 24 hours")
                .contains("Successful:    1\n").contains("Partial:       1\n").contains("Failed:        2\n")
                .contains("Skipped:       1\n")
                .contains("Failing now (1):\n  db01: failing since 2026-03-01T03:00:00.000Z (2d11h ago), 2 failed runs;"
                        + " last error: ssh: connect to host web01 port 22: Connection refused\n")
                .contains("Overdue: no good backup for more than 48 h (1):\n  db01: last success 2026-03-01T02:01:30.000Z")
                .contains("Never backed up (1):\n  new01\n")
                .endsWith("https://jenkins.example.com/job/acme/\n");
    }

    @Test
    void aQuietDaySaysNone() {
        MailMessage mail = new GroupDigest("acme", null).toMail(0, 24, 48);
        assertThat(mail.subject()).isEqualTo("PlanB digest acme: 0 good, 0 failed");
        assertThat(mail.body()).contains("Failing now (0): none").contains("Never backed up (0): none")
                .contains("(0 hosts)");
    }
}
