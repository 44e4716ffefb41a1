package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.AdministrativeMonitor;
import hudson.model.Item;
import hudson.model.TaskListener;
import hudson.slaves.EnvironmentVariablesNodeProperty;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.monitor.OverdueHostsMonitor;
import io.jenkins.plugins.planb.monitor.StorageReading;
import io.jenkins.plugins.planb.monitor.StorageSpaceCheck;
import io.jenkins.plugins.planb.monitor.StorageSpaceMonitor;
import io.jenkins.plugins.planb.summary.HostSummaryView;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The administrative monitors fire and clear, show on Manage Jenkins, and keep the usual Dismiss. */
@WithJenkins
class MonitorsTest {

    private JenkinsRule r;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        r = rule;
    }

    /** A successful run of {@code host} that finished {@code ago} before now, as the host's summary records it. */
    private static void succeeded(BackupHost host, Duration ago) {
        Instant finished = Instant.now().minus(ago);
        host.recordRun(new RunRecord(host.hostId(), Outcome.SUCCESS, "planb-x", "d", finished.minusSeconds(60),
                finished, 0, null, null, null, null, null, null));
    }

    private static void failed(BackupHost host, Duration ago, String error) {
        Instant finished = Instant.now().minus(ago);
        host.recordRun(new RunRecord(host.hostId(), Outcome.FAILED, null, "d", finished.minusSeconds(60), finished,
                255, null, null, error, null, null, null));
    }

    @Test
    void overdueHostsFireAndClear(@TempDir Path temp) throws Exception {
        HostGroup group = Fixtures.group(r, "acme", temp);
        BackupHost web = group.createProject(BackupHost.class, "web01");
        BackupHost idle = group.createProject(BackupHost.class, "idle01");
        group.createProject(BackupHost.class, "new01"); // never ran: a state of its own, not overdue
        BackupHost off = group.createProject(BackupHost.class, "off01");
        succeeded(web, Duration.ofHours(72));
        failed(web, Duration.ofHours(1), "ssh: connect to host web01 port 22: Connection refused");
        succeeded(idle, Duration.ofHours(2));
        succeeded(off, Duration.ofDays(30));
        off.disable();
        OverdueHostsMonitor monitor = OverdueHostsMonitor.get();
        monitor.refresh();

        assertThat(monitor.isActivated()).isTrue();
        assertThat(monitor.getOverdueHosts()).singleElement().satisfies(host -> {
            assertThat(host.fullName()).isEqualTo("acme/web01");
            assertThat(host.limitHours()).isEqualTo(48);
            assertThat(host.lastError()).isEqualTo("ssh: connect to host web01 port 22: Connection refused");
            assertThat(host.getLastSuccess()).as("written as the host page writes times")
                    .isEqualTo(HostSummaryView.time(host.lastSuccessAt())).endsWith(" UTC");
        });
        String page = r.createWebClient().goTo("manage").getWebResponse().getContentAsString();
        assertThat(page).contains("One PlanB host has had no good backup")
                .contains("href=\"/jenkins/job/acme/job/web01/\"")
                .contains("ssh: connect to host web01 port 22: Connection refused");

        group.setOverdueHours(96);
        monitor.refresh();
        assertThat(monitor.isActivated()).as("the group's own limit").isFalse();
        group.setOverdueHours(null);
        PlanbGlobalConfiguration.get().setOverdueHours(1);
        monitor.refresh();
        assertThat(monitor.getOverdueHosts()).extracting(OverdueHostsMonitor.OverdueHost::fullName)
                .containsExactly("acme/web01", "acme/idle01");

        PlanbGlobalConfiguration.get().setOverdueHours(48);
        succeeded(web, Duration.ofMinutes(5));
        monitor.refresh();
        assertThat(monitor.isActivated()).as("cleared by a good backup").isFalse();
        assertThat(r.createWebClient().goTo("manage").getWebResponse().getContentAsString())
                .doesNotContain("PlanB host has had no good backup");
    }

    @Test
    void theMessageListsTheLongestOverdueFifty(@TempDir Path temp) throws Exception {
        HostGroup group = Fixtures.group(r, "acme", temp);
        for (int i = 0; i < 53; i++) {
            succeeded(group.createProject(BackupHost.class, "h" + i), Duration.ofHours(100 + i));
        }
        OverdueHostsMonitor monitor = OverdueHostsMonitor.get();
        monitor.refresh();
        assertThat(monitor.getOverdueHosts()).hasSize(53);
        assertThat(monitor.getShownHosts()).hasSize(50).first()
                .satisfies(host -> assertThat(host.fullName()).isEqualTo("acme/h52"));
        assertThat(monitor.getNotShown()).isEqualTo(3);
        assertThat(r.createWebClient().goTo("manage").getWebResponse().getContentAsString())
                .contains("53 PlanB hosts have had no good backup").contains("and 3 more")
                .contains("acme/h52").doesNotContain("acme/h0<");
    }

    @Test
    void overdueAnswersFromItsCacheWithinAMinute(@TempDir Path temp) throws Exception {
        BackupHost web = Fixtures.group(r, "acme", temp).createProject(BackupHost.class, "web01");
        succeeded(web, Duration.ofHours(72));
        OverdueHostsMonitor monitor = OverdueHostsMonitor.get();
        monitor.refresh();
        assertThat(monitor.isActivated()).isTrue();
        succeeded(web, Duration.ofMinutes(1));
        assertThat(monitor.isActivated()).as("the cached look").isTrue();
        monitor.refresh();
        assertThat(monitor.isActivated()).isFalse();
    }

    @Test
    void dismissIsForAdministratorsAndPost(@TempDir Path temp) throws Exception {
        succeeded(Fixtures.group(r, "acme", temp).createProject(BackupHost.class, "web01"), Duration.ofDays(3));
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader"));
        OverdueHostsMonitor monitor = OverdueHostsMonitor.get();
        monitor.refresh();
        String disable = monitor.getUrl() + "/disable";

        assertThat(post("reader", disable)).isEqualTo(403);
        assertThat(monitor.isEnabled()).isTrue();
        JenkinsRule.WebClient admin = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        admin.login("admin");
        assertThat(admin.goTo("manage").getWebResponse().getContentAsString())
                .contains("data-monitor-id=\"" + monitor.id + "\"");
        assertThat(admin.getPage(new WebRequest(new URL(r.getURL(), disable), HttpMethod.GET))
                .getWebResponse().getStatusCode()).as("GET does not dismiss").isNotEqualTo(200);
        assertThat(monitor.isEnabled()).isTrue();
        assertThat(post("admin", disable)).isLessThan(400);
        assertThat(monitor.isEnabled()).isFalse();
        assertThat(AdministrativeMonitor.all()).contains(monitor);
    }

    private int post(String user, String path) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false)
                .withRedirectEnabled(false);
        wc.login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), path), HttpMethod.POST);
        wc.addCrumb(request);
        return wc.getPage(request).getWebResponse().getStatusCode();
    }

    /**
     * A {@code df} that prints what the file {@code answer} holds, first on the PATH of every node
     * ({@code PATH+FAKEDF}, a global node property, as an admin would add {@code PATH+SBIN}).
     */
    private Path fakeDf(Path temp) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path df = bin.resolve("df");
        Files.writeString(df, "#!/bin/sh\ncat \"" + bin.resolve("answer") + "\"\n");
        Files.setPosixFilePermissions(df, PosixFilePermissions.fromString("rwxr-xr-x"));
        r.jenkins.getGlobalNodeProperties().add(new EnvironmentVariablesNodeProperty(
                new EnvironmentVariablesNodeProperty.Entry("PATH+FAKEDF", bin.toString())));
        return bin.resolve("answer");
    }

    private static String dfOutput(long size, long used, int percent) {
        return "Filesystem     1-blocks        Used   Available Capacity Mounted on\n"
                + "/dev/sdb1   " + size + " " + used + " " + (size - used) + " " + percent + "% /srv\n";
    }

    @Test
    void fullDirectoryStorageFiresAndClears(@TempDir Path temp) throws Exception {
        r.jenkins.setLabelString("planb");
        HostGroup group = Fixtures.group(r, "acme", temp.resolve("storage"));
        group.createProject(BackupHost.class, "web01");
        Path answer = fakeDf(temp);
        Files.writeString(answer, dfOutput(1_000_000_000_000L, 920_000_000_000L, 92));
        StorageSpaceMonitor monitor = StorageSpaceMonitor.get();

        List<StorageReading> readings = StorageSpaceCheck.get().checkNow(TaskListener.NULL);
        assertThat(readings).singleElement().satisfies(reading -> {
            assertThat(reading.node()).isEqualTo("built-in");
            assertThat(reading.storage()).isEqualTo("directory " + temp.resolve("storage"));
            assertThat(reading.usage().capacityPercent()).isEqualTo(92);
        });
        assertThat(monitor.isActivated()).isTrue();
        assertThat(r.createWebClient().goTo("manage").getWebResponse().getContentAsString())
                .contains("more than 85 % full").contains("92 % of 931.3 GiB used");

        PlanbGlobalConfiguration.get().setStorageThreshold(95);
        assertThat(monitor.isActivated()).as("the threshold as it is now").isFalse();
        PlanbGlobalConfiguration.get().setStorageThreshold(85);
        Files.writeString(answer, dfOutput(1_000_000_000_000L, 400_000_000_000L, 40));
        StorageSpaceCheck.get().checkNow(TaskListener.NULL);
        assertThat(monitor.isActivated()).as("cleared by the next check").isFalse();
    }

    @Test
    void aCheckThatFailsIsKeptWithItsReasonAndFiresNothing(@TempDir Path temp) throws Exception {
        r.jenkins.setLabelString("planb");
        HostGroup group = Fixtures.group(r, "acme", temp.resolve("storage"));
        group.createProject(BackupHost.class, "web01");
        Files.writeString(fakeDf(temp), "df: /srv: No such file or directory\n");
        assertThat(StorageSpaceCheck.get().checkNow(TaskListener.NULL)).singleElement()
                .satisfies(reading -> assertThat(reading.problem()).contains("printed no line PlanB can read"));
        assertThat(StorageSpaceMonitor.get().isActivated()).isFalse();
        assertThat(StorageSpaceMonitor.get().getFailedChecks()).hasSize(1);
    }

    @Test
    void storageOfGroupsWithoutHostsOrWithoutAnOnlineNodeIsNotChecked(@TempDir Path temp) throws Exception {
        Fixtures.group(r, "empty", temp.resolve("a"));
        HostGroup elsewhere = Fixtures.group(r, "elsewhere", temp.resolve("b"));
        elsewhere.setLabel("no-such-node");
        elsewhere.createProject(BackupHost.class, "web01");
        assertThat(StorageSpaceCheck.get().checkNow(TaskListener.NULL)).isEmpty();
    }

    @Test
    void checkNowIsForAdministratorsAndPost(@TempDir Path temp) throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader"));
        String checkNow = StorageSpaceMonitor.get().getUrl() + "/checkNow";
        assertThat(post("reader", checkNow)).isEqualTo(403);
        assertThat(post("admin", checkNow)).isLessThan(400);
    }
}
