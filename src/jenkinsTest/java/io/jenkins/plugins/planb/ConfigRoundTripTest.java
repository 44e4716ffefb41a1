package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleProject;
import hudson.model.ListView;
import hudson.triggers.TimerTrigger;
import hudson.views.BuildButtonColumn;
import hudson.views.JobColumn;
import io.jenkins.plugins.planb.column.DatasetUsedColumn;
import io.jenkins.plugins.planb.column.HostStateColumn;
import io.jenkins.plugins.planb.column.LastDurationColumn;
import io.jenkins.plugins.planb.column.LastErrorColumn;
import io.jenkins.plugins.planb.column.LastSuccessAgeColumn;
import io.jenkins.plugins.planb.column.SnapshotCountColumn;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.config.Inheritable;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.freestyle.PlanbBackupBuilder;
import io.jenkins.plugins.planb.freestyle.PlanbSnapshotRecorder;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.core.notify.RetryPolicy;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.notify.WebhookEvents;
import io.jenkins.plugins.planb.notify.WebhookSettings;
import java.time.Duration;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import io.jenkins.plugins.planb.steps.PlanbBackupStep;
import io.jenkins.plugins.planb.steps.PlanbPruneStep;
import io.jenkins.plugins.planb.steps.PlanbSnapshotStep;
import io.jenkins.plugins.planb.steps.PlanbSnapshotsStep;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Every describable survives its own configuration form unchanged. */
@WithJenkins
class ConfigRoundTripTest {

    @Test
    void globalConfigurationHasItsSectionOnTheSystemPage(JenkinsRule r) throws Exception {
        PlanbGlobalConfiguration config = PlanbGlobalConfiguration.get();
        BackupSettings site = new BackupSettings();
        site.setRetention("1y,6m");
        site.setCredentialsId("planb-key");
        config.setSettings(site);
        config.setLabel("zfs-tank");
        config.setZfsParent("tank/BACKUP");
        config.setZfsSudo(true);
        String page = r.createWebClient().goTo("manage/configure").getWebResponse().getContentAsString();
        assertThat(page).contains("PlanB").contains("tank/BACKUP").contains("</html>");
        r.configRoundtrip();
        r.assertEqualDataBoundBeans(site, config.getSettings());
        assertThat(config.getLabel()).isEqualTo("zfs-tank");
        assertThat(config.getZfsParent()).isEqualTo("tank/BACKUP");
        assertThat(config.isZfsSudo()).isTrue();
        assertThat(config.getDirectoryPath()).isNull();
    }

    @Test
    void monitorAndNotificationSettingsOfTheSite(JenkinsRule r) throws Exception {
        PlanbGlobalConfiguration config = PlanbGlobalConfiguration.get();
        assertThat(config.getOverdueHours()).isEqualTo(48);
        assertThat(config.getStorageThreshold()).isEqualTo(85);
        assertThat(config.getDigestHour()).isEqualTo(7);
        assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
        config.setOverdueHours(36);
        config.setStorageThreshold(90);
        config.setDigestHour(6);
        config.setWebhookRetries(5);
        config.setWebhookFirstRetrySeconds(2);
        config.setWebhookBackoffFactor(3);
        WebhookSettings webhook = new WebhookSettings();
        webhook.setUrls("https://hooks.example.com/planb\nhttp://127.0.0.1:9/x");
        webhook.setCredentialsId("hook-secret");
        webhook.setEvents(WebhookEvents.STATE_CHANGES);
        config.setWebhook(webhook);
        r.configRoundtrip();
        assertThat(config.getOverdueHours()).isEqualTo(36);
        assertThat(config.getStorageThreshold()).isEqualTo(90);
        assertThat(config.getDigestHour()).isEqualTo(6);
        assertThat(config.retryPolicy()).isEqualTo(new RetryPolicy(5, Duration.ofSeconds(2), 3));
        r.assertEqualDataBoundBeans(webhook, config.getWebhook());
    }

    @Test
    void aBadNumberOnTheSystemPageIsRefusedNamingTheFieldAndChangesNothing(JenkinsRule r) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        HtmlForm form = wc.goTo("manage/configure").getFormByName("config");
        form.getInputByName("_.storageThreshold").setValue("100");
        form.getInputByName("_.overdueHours").setValue("12");
        HtmlPage result = r.submit(form);
        assertThat(result.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(result.getWebResponse().getContentAsString()).contains("storageThreshold: 100 is not a whole percentage from 1 to 99");
        assertThat(PlanbGlobalConfiguration.get().getStorageThreshold()).isEqualTo(85);
        assertThat(PlanbGlobalConfiguration.get().getOverdueHours()).isEqualTo(48);
    }

    @Test
    void monitorAndNotificationSettingsOfAGroup(JenkinsRule r) throws Exception {
        HostGroup group = r.jenkins.createProject(HostGroup.class, "acme");
        assertThat(group.isMailStateChanges()).isTrue();
        assertThat(group.isMailDigest()).isTrue();
        assertThat(group.getOverdueHours()).isNull();
        assertThat(group.effectiveOverdueHours()).isEqualTo(48);
        group.setOverdueHours(72);
        group.setNotificationAddresses("ops@example.com, backup@example.com");
        group.setMailStateChanges(false);
        group.setMailDigest(true);
        WebhookSettings webhook = new WebhookSettings();
        webhook.setUrls("https://hooks.example.com/acme");
        webhook.setCredentialsId("hook-secret");
        group.setWebhook(webhook);
        group = r.configRoundtrip(group);
        assertThat(group.getOverdueHours()).isEqualTo(72);
        assertThat(group.effectiveOverdueHours()).isEqualTo(72);
        assertThat(group.getNotificationAddresses()).isEqualTo("ops@example.com, backup@example.com");
        assertThat(group.isMailStateChanges()).isFalse();
        assertThat(group.isMailDigest()).isTrue();
        r.assertEqualDataBoundBeans(webhook, group.getWebhook());
        assertThat(group.getWebhook().getEvents()).isEqualTo(WebhookEvents.EVERY_BACKUP);

        group.setOverdueHours(null);
        group = r.configRoundtrip(group);
        assertThat(group.getOverdueHours()).as("empty: the site's").isNull();
    }

    @Test
    void badAddressesOrUrlsOfAGroupAreRefusedAndChangeNothing(JenkinsRule r) throws Exception {
        HostGroup group = r.jenkins.createProject(HostGroup.class, "acme");
        group.setNotificationAddresses("ops@example.com");
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        HtmlForm form = wc.getPage(group, "configure").getFormByName("config");
        form.getInputByName("_.notificationAddresses").setValue("ops@example.com; dev");
        form.getInputByName("_.overdueHours").setValue("24");
        HtmlPage result = r.submit(form);
        assertThat(result.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(result.getWebResponse().getContentAsString())
                .contains("notificationAddresses: 'ops@example.com;' is not a mail address");
        assertThat(group.getNotificationAddresses()).isEqualTo("ops@example.com");
        assertThat(group.getOverdueHours()).isNull();

        form = wc.getPage(group, "configure").getFormByName("config");
        form.getTextAreaByName("_.urls").setText("file:///etc/passwd");
        result = r.submit(form);
        assertThat(result.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(result.getWebResponse().getContentAsString()).contains("is not an http or https URL");
        assertThat(group.getWebhook().getUrls()).isNull();
    }

    @Test
    void hostGroupAndHost(JenkinsRule r) throws Exception {
        HostGroup group = r.jenkins.createProject(HostGroup.class, "acme");
        group.setSchedule("H H(1-3) * * *");
        group.setLabel("zfs-tank");
        group.setDirectoryPath("/srv/planb");
        group.setNotificationAddresses("ops@example.com");
        BackupSettings groupSettings = new BackupSettings();
        groupSettings.setRetention("1y,6m,4w,14d");
        groupSettings.setRemoteUser("backup");
        groupSettings.setSudo(Inheritable.ON);
        groupSettings.setIncludes("etc\nhome");
        groupSettings.setStallTimeout("20m");
        group.setSettings(groupSettings);
        group = r.configRoundtrip(group);
        assertThat(group.getSchedule()).isEqualTo("H H(1-3) * * *");
        assertThat(group.getDirectoryPath()).isEqualTo("/srv/planb");
        assertThat(group.getNotificationAddresses()).isEqualTo("ops@example.com");
        r.assertEqualDataBoundBeans(groupSettings, group.getSettings());
        assertThat(group.getViews()).singleElement().isInstanceOf(ListView.class);
        assertThat(((ListView) group.getViews().iterator().next()).getColumns()).extracting(Object::getClass)
                .containsExactly(HostStateColumn.class, JobColumn.class, LastSuccessAgeColumn.class,
                        LastDurationColumn.class, DatasetUsedColumn.class, SnapshotCountColumn.class,
                        LastErrorColumn.class, BuildButtonColumn.class);

        BackupHost host = group.createProject(BackupHost.class, "web01");
        assertThat(host.getTrigger(TimerTrigger.class).getSpec()).isEqualTo("H H(1-3) * * *");
        HostConnection connection = new HostConnection();
        connection.setAddress("web01.example.com");
        connection.setPort(2222);
        connection.setRoot("/srv");
        host.setConnection(connection);
        BackupSettings hostSettings = new BackupSettings();
        hostSettings.setExcludes("var/cache");
        hostSettings.setIonice(Inheritable.ON);
        hostSettings.setMaxRunTime("6h");
        host.setSettings(hostSettings);
        host = r.configRoundtrip(host);
        r.assertEqualDataBoundBeans(connection, host.getConnection());
        r.assertEqualDataBoundBeans(hostSettings, host.getSettings());
        assertThat(host.getSettings().getSudo()).isEqualTo(Inheritable.INHERIT);
        assertThat(host.getTrigger(TimerTrigger.class).getSpec()).isEqualTo("H H(1-3) * * *");
        assertThat(host.isConcurrentBuild()).isFalse();
        assertThat(host.getAssignedLabelString()).isEqualTo("zfs-tank");
        assertThat(host.resolvedSettings().user()).isEqualTo("backup");
        assertThat(host.resolvedSettings().sudo()).isTrue();
        assertThat(host.resolvedSettings().ionice()).isTrue();
        assertThat(host.resolvedSettings().retention()).isEqualTo("1y,6m,4w,14d");
        assertThat(host.resolvedSettings().stallTimeout()).isEqualTo("20m");
        assertThat(host.resolvedSettings().maxRunTime()).isEqualTo("6h");
        assertThat(host.resolvedSettings().progressInterval()).isEqualTo("30s");
    }

    @Test
    void freestyleSteps(JenkinsRule r) throws Exception {
        PlanbBackupBuilder builder = new PlanbBackupBuilder("acme/web01");
        HostConnection connection = new HostConnection();
        connection.setAddress("web01.example.com");
        connection.setPort(2222);
        builder.setConnection(connection);
        BackupSettings settings = new BackupSettings();
        settings.setIncludes("etc");
        builder.setSettings(settings);
        builder.setDirectoryPath("/srv/planb");
        r.assertEqualDataBoundBeans(builder, r.configRoundtrip(builder));

        PlanbSnapshotRecorder recorder = new PlanbSnapshotRecorder("acme/web01");
        recorder.setRetention("4w,16d");
        recorder.setZfsParent("tank/BACKUP");
        r.assertEqualDataBoundBeans(recorder, r.configRoundtrip(recorder));
    }

    @Test
    void freestyleStepsAreNotOfferedOnAHostWhoseBuildAlreadyBacksUp(JenkinsRule r) {
        assertThat(r.jenkins.getDescriptorByType(PlanbBackupBuilder.DescriptorImpl.class).isApplicable(BackupHost.class))
                .isFalse();
        assertThat(r.jenkins.getDescriptorByType(PlanbSnapshotRecorder.DescriptorImpl.class)
                .isApplicable(BackupHost.class)).isFalse();
        assertThat(r.jenkins.getDescriptorByType(PlanbBackupBuilder.DescriptorImpl.class)
                .isApplicable(FreeStyleProject.class)).isTrue();
    }

    @Test
    void pipelineStepsThroughTheirForms(JenkinsRule r) throws Exception {
        StepConfigTester tester = new StepConfigTester(r);
        PlanbBackupStep backup = new PlanbBackupStep("acme/web01");
        HostConnection connection = new HostConnection();
        connection.setAddress("web01.example.com");
        backup.setConnection(connection);
        BackupSettings settings = new BackupSettings();
        settings.setCredentialsId("planb-key");
        settings.setSudo(Inheritable.ON);
        backup.setSettings(settings);
        backup.setFailOnError(false);
        r.assertEqualDataBoundBeans(backup, tester.configRoundTrip(backup));

        PlanbSnapshotStep snapshot = new PlanbSnapshotStep("acme/web01");
        snapshot.setDirectoryPath("/srv/planb");
        r.assertEqualDataBoundBeans(snapshot, tester.configRoundTrip(snapshot));

        PlanbPruneStep prune = new PlanbPruneStep("acme/web01");
        prune.setRetention("4w");
        prune.setDryRun(true);
        r.assertEqualDataBoundBeans(prune, tester.configRoundTrip(prune));

        PlanbSnapshotsStep snapshots = new PlanbSnapshotsStep("acme/web01");
        r.assertEqualDataBoundBeans(snapshots, tester.configRoundTrip(snapshots));
    }
}
