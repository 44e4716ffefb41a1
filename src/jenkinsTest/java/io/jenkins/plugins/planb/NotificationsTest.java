package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Result;
import hudson.model.TaskListener;
import hudson.tasks.Mailer;
import hudson.util.Secret;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.monitor.WebhookFailuresMonitor;
import io.jenkins.plugins.planb.notify.DigestWork;
import io.jenkins.plugins.planb.notify.WebhookEvents;
import io.jenkins.plugins.planb.notify.WebhookSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jenkins.model.JenkinsLocationConfiguration;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Mails and webhooks after real host builds (local transport, directory storage): what reaches an
 * SMTP server and an HTTP receiver on 127.0.0.1, and that neither ever holds or fails a build.
 */
@WithJenkins
class NotificationsTest {

    private static final String SECRET = "It's a Secret to Everybody";

    private JenkinsRule r;
    private HostGroup group;

    @BeforeEach
    void setUp(JenkinsRule rule, @TempDir Path temp) throws Exception {
        r = rule;
        r.jenkins.setLabelString("planb");
        group = Fixtures.group(r, "acme", temp.resolve("storage"));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "hook-secret", "webhook signing", Secret.fromString(SECRET)));
    }

    private void webhook(WebhookReceiver receiver, WebhookEvents events) throws Exception {
        WebhookSettings webhook = new WebhookSettings();
        webhook.setUrls(receiver.url().toString());
        webhook.setCredentialsId("hook-secret");
        webhook.setEvents(events);
        group.setWebhook(webhook);
        group.save();
    }

    /** The receiver's side of the signature, computed here from the documented rule, not with PlanB's code. */
    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void theReceiverGetsASignedDocumentWithTheRunRecord(@TempDir Path temp) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            webhook(receiver, WebhookEvents.EVERY_BACKUP);
            BackupHost host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));
            Fixtures.backUp(r, host, Result.SUCCESS);

            WebhookReceiver.Request request = receiver.next(30);
            assertThat(request).as("a POST within 30 s").isNotNull();
            assertThat(request.header("X-PlanB-Signature")).isEqualTo(hmac(request.body()));
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(request.header("X-PlanB-Delivery")).isNotBlank();
            String json = new String(request.body(), StandardCharsets.UTF_8);
            assertThat(json).startsWith("{\"event\":\"backup.completed\",\"change\":null,\"group\":\"acme\","
                    + "\"host\":\"acme/web01\",\"state\":\"OK\",\"buildUrl\":\"" + r.getURL() + "job/acme/job/web01/1/\"")
                    .contains("\"run\":{\"host\":\"acme/web01\",\"outcome\":\"SUCCESS\",\"snapshot\":\"planb-");
        }
    }

    @Test
    void stateChangesOnlySendsTheFirstFailureAndTheRecovery(@TempDir Path temp) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            webhook(receiver, WebhookEvents.STATE_CHANGES);
            Path source = temp.resolve("later");
            BackupHost host = Fixtures.localHost(group, "web01", source);
            Fixtures.backUp(r, host, Result.FAILURE);
            Fixtures.backUp(r, host, Result.FAILURE);
            Files.move(Fixtures.sourceTree(temp), source);
            Fixtures.backUp(r, host, Result.SUCCESS);
            Fixtures.backUp(r, host, Result.SUCCESS);

            String first = new String(receiver.next(30).body(), StandardCharsets.UTF_8);
            String second = new String(receiver.next(30).body(), StandardCharsets.UTF_8);
            assertThat(first).contains("\"change\":\"FAILED\"").contains("\"state\":\"NEVER_SUCCEEDED\"")
                    .contains("job/acme/job/web01/1/");
            assertThat(second).contains("\"change\":\"RECOVERED\"").contains("\"state\":\"OK\"")
                    .contains("job/acme/job/web01/3/");
            assertThat(receiver.next(3)).as("nothing for the second failure and the second success").isNull();
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheDocumentOnTheThirdAttempt(@TempDir Path temp) throws Exception {
        PlanbGlobalConfiguration site = PlanbGlobalConfiguration.get();
        site.setWebhookFirstRetrySeconds(1);
        site.setWebhookBackoffFactor(1);
        try (WebhookReceiver receiver = new WebhookReceiver(503, 500)) {
            webhook(receiver, WebhookEvents.EVERY_BACKUP);
            Fixtures.backUp(r, Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp)), Result.SUCCESS);

            WebhookReceiver.Request first = receiver.next(30);
            WebhookReceiver.Request second = receiver.next(30);
            WebhookReceiver.Request third = receiver.next(30);
            assertThat(third).as("the third attempt").isNotNull();
            assertThat(receiver.attempts()).isEqualTo(3);
            assertThat(third.body()).isEqualTo(first.body()).isEqualTo(second.body());
            assertThat(third.header("X-PlanB-Delivery")).isEqualTo(first.header("X-PlanB-Delivery"));
            assertThat(third.header("X-PlanB-Signature")).isEqualTo(hmac(third.body()));
            assertThat(receiver.next(3)).as("no fourth attempt after the delivery").isNull();
            assertThat(WebhookFailuresMonitor.get().isActivated()).isFalse();
        }
    }

    @Test
    void aDeadReceiverNeverFailsOrHoldsTheBuildAndIsReported(@TempDir Path temp) throws Exception {
        PlanbGlobalConfiguration site = PlanbGlobalConfiguration.get();
        site.setWebhookRetries(1);
        site.setWebhookFirstRetrySeconds(0);
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        WebhookSettings webhook = new WebhookSettings();
        webhook.setUrls("http://127.0.0.1:" + deadPort + "/hook");
        webhook.setCredentialsId("hook-secret");
        group.setWebhook(webhook);
        BackupHost host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));

        Fixtures.backUp(r, host, Result.SUCCESS);
        assertThat(JenkinsRule.getLog(host.getLastBuild())).contains("[planb] webhook: posting to http://127.0.0.1:"
                + deadPort + "/hook (in the background)");

        WebhookFailuresMonitor monitor = WebhookFailuresMonitor.get();
        for (int i = 0; i < 300 && !monitor.isActivated(); i++) {
            Thread.sleep(100);
        }
        assertThat(monitor.getFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.host()).isEqualTo("acme/web01");
            assertThat(failure.attempts()).isEqualTo(2);
            assertThat(failure.problem()).contains("ConnectException");
        });
        String page = r.createWebClient().goTo("manage").getWebResponse().getContentAsString();
        assertThat(page).contains("PlanB webhook documents did not reach their receiver").contains("acme/web01");
    }

    @Test
    void aMissingSecretSendsNothingUnsignedAndIsReported(@TempDir Path temp) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookSettings webhook = new WebhookSettings();
            webhook.setUrls(receiver.url().toString());
            webhook.setCredentialsId("no-such-secret");
            group.setWebhook(webhook);
            BackupHost host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));
            Fixtures.backUp(r, host, Result.SUCCESS);
            assertThat(JenkinsRule.getLog(host.getLastBuild())).contains("[planb] webhook not sent: the signing secret"
                    + " credential 'no-such-secret' was not found");
            assertThat(receiver.next(2)).isNull();
            assertThat(WebhookFailuresMonitor.get().getFailures()).singleElement()
                    .satisfies(f -> assertThat(f.problem()).contains("no-such-secret"));
        }
    }

    @Test
    void theSiteWebhookHearsOfEveryGroup(@TempDir Path temp) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookSettings webhook = new WebhookSettings();
            webhook.setUrls(receiver.url().toString());
            PlanbGlobalConfiguration.get().setWebhook(webhook);
            Fixtures.backUp(r, Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp)), Result.SUCCESS);
            WebhookReceiver.Request request = receiver.next(30);
            assertThat(request).isNotNull();
            assertThat(request.header("X-PlanB-Signature")).as("no secret configured: unsigned").isNull();
        }
    }

    private TinySmtpServer mailServer() throws Exception {
        TinySmtpServer smtp = new TinySmtpServer();
        Mailer.descriptor().setSmtpHost("127.0.0.1");
        Mailer.descriptor().setSmtpPort(Integer.toString(smtp.port()));
        JenkinsLocationConfiguration.get().setAdminAddress("jenkins@example.com");
        group.setNotificationAddresses("ops@example.com, backup@example.com");
        group.save();
        return smtp;
    }

    @Test
    void mailsTheFirstFailureAndTheRecoveryButNotAFailureThatGoesOn(@TempDir Path temp) throws Exception {
        try (TinySmtpServer smtp = mailServer()) {
            Path source = temp.resolve("later");
            BackupHost host = Fixtures.localHost(group, "web01", source);
            Fixtures.backUp(r, host, Result.FAILURE);
            Fixtures.backUp(r, host, Result.FAILURE);
            Files.move(Fixtures.sourceTree(temp), source);
            Fixtures.backUp(r, host, Result.SUCCESS);
            Fixtures.backUp(r, host, Result.SUCCESS);
            assertThat(JenkinsRule.getLog(host.getBuildByNumber(1)))
                    .contains("[planb] mail about the failure of acme/web01 queued for ops@example.com, backup@example.com");

            TinySmtpServer.Mail failure = smtp.next(30);
            TinySmtpServer.Mail recovery = smtp.next(30);
            assertThat(failure).as("the failure mail").isNotNull();
            assertThat(failure.recipients()).containsExactlyInAnyOrder("ops@example.com", "backup@example.com");
            assertThat(failure.subject()).startsWith("PlanB: acme/web01 FAILED: ");
            assertThat(failure.data()).contains("Host:          acme/web01").contains("Last success:  never")
                    .contains("Build:         " + r.getURL() + "job/acme/job/web01/1/");
            assertThat(recovery).as("the recovery mail").isNotNull();
            assertThat(recovery.subject()).isEqualTo("PlanB: acme/web01 recovered (SUCCESS)");
            assertThat(recovery.data()).contains("succeeded again after 2 failed runs")
                    .contains("job/acme/job/web01/3/");
            assertThat(smtp.next(3)).as("no mail for the second failure or the second success").isNull();
        }
    }

    @Test
    void theDailyDigestGoesOutOnceADayAfterItsHour(@TempDir Path temp) throws Exception {
        try (TinySmtpServer smtp = mailServer()) {
            PlanbGlobalConfiguration.get().setDigestHour(6);
            BackupHost ok = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));
            BackupHost broken = Fixtures.localHost(group, "db01", temp.resolve("missing"));
            Fixtures.localHost(group, "new01", temp.resolve("never"));
            Fixtures.backUp(r, ok, Result.SUCCESS);
            Fixtures.backUp(r, broken, Result.FAILURE);
            assertThat(smtp.next(30).subject()).as("db01's failure mail").contains("db01 FAILED");

            ZonedDateTime today = ZonedDateTime.now(ZoneId.systemDefault());
            ZonedDateTime early = today.withHour(5);
            ZonedDateTime late = today.withHour(6).withMinute(10);
            DigestWork digests = DigestWork.get();
            assertThat(digests.sendIfDue(early, TaskListener.NULL)).as("before the digest hour").isZero();
            assertThat(digests.sendIfDue(late, TaskListener.NULL)).isEqualTo(1);
            assertThat(digests.sendIfDue(late.plusHours(3), TaskListener.NULL)).as("once a day").isZero();

            TinySmtpServer.Mail digest = smtp.next(30);
            assertThat(digest.subject()).isEqualTo("PlanB digest acme: 1 good, 1 failed, 1 failing");
            assertThat(digest.data()).contains("Successful:    1").contains("Failed:        1")
                    .contains("db01: failing since").contains("Never backed up (1):\r\n  new01")
                    .contains(r.getURL() + "job/acme/");
            assertThat(r.jenkins.getRootDir().toPath().resolve("planb-digest-day.txt"))
                    .hasContent(today.toLocalDate().toString());

            group.setMailDigest(false);
            assertThat(digests.sendIfDue(late.plusDays(1), TaskListener.NULL)).as("digest switched off").isZero();
            group.setMailDigest(true);
            assertThat(digests.sendIfDue(late.plusDays(2), TaskListener.NULL)).isEqualTo(1);
        }
    }
}
