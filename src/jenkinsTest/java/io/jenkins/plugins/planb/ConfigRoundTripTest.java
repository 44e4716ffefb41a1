package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.config.Inheritable;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.freestyle.PlanbBackupBuilder;
import io.jenkins.plugins.planb.freestyle.PlanbSnapshotRecorder;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.steps.PlanbBackupStep;
import io.jenkins.plugins.planb.steps.PlanbPruneStep;
import io.jenkins.plugins.planb.steps.PlanbSnapshotStep;
import io.jenkins.plugins.planb.steps.PlanbSnapshotsStep;
import hudson.triggers.TimerTrigger;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Every describable survives its own configuration form unchanged. */
@WithJenkins
class ConfigRoundTripTest {

    @Test
    void globalConfiguration(JenkinsRule r) throws Exception {
        PlanbGlobalConfiguration config = PlanbGlobalConfiguration.get();
        config.setRetention("1y,6m");
        config.setLabel("zfs-tank");
        config.setZfsParent("tank/BACKUP");
        config.setZfsSudo(true);
        r.configRoundtrip();
        assertThat(config.getRetention()).isEqualTo("1y,6m");
        assertThat(config.getLabel()).isEqualTo("zfs-tank");
        assertThat(config.getZfsParent()).isEqualTo("tank/BACKUP");
        assertThat(config.isZfsSudo()).isTrue();
        assertThat(config.getDirectoryPath()).isNull();
    }

    @Test
    void hostGroupAndHost(JenkinsRule r) throws Exception {
        HostGroup group = r.jenkins.createProject(HostGroup.class, "acme");
        group.setRetention("1y,6m,4w,14d");
        group.setSchedule("H H(1-3) * * *");
        group.setLabel("zfs-tank");
        group.setDirectoryPath("/srv/planb");
        group.setRemoteUser("backup");
        group.setSudo(true);
        group.setIncludes("etc\nhome");
        group.setNotificationAddresses("ops@example.com");
        group = r.configRoundtrip(group);
        assertThat(group.getRetention()).isEqualTo("1y,6m,4w,14d");
        assertThat(group.getSchedule()).isEqualTo("H H(1-3) * * *");
        assertThat(group.getDirectoryPath()).isEqualTo("/srv/planb");
        assertThat(group.isSudo()).isTrue();
        assertThat(group.getIncludes()).isEqualTo("etc\nhome");
        assertThat(group.getNotificationAddresses()).isEqualTo("ops@example.com");

        BackupHost host = group.createProject(BackupHost.class, "web01");
        assertThat(host.getTrigger(TimerTrigger.class).getSpec()).isEqualTo("H H(1-3) * * *");
        host.setAddress("web01.example.com");
        host.setPort(2222);
        host.setRoot("/srv");
        host.setExcludes("var/cache");
        host.setIonice(Inheritable.ON);
        host = r.configRoundtrip(host);
        assertThat(host.getAddress()).isEqualTo("web01.example.com");
        assertThat(host.getPort()).isEqualTo(2222);
        assertThat(host.getRoot()).isEqualTo("/srv");
        assertThat(host.getExcludes()).isEqualTo("var/cache");
        assertThat(host.getIonice()).isEqualTo(Inheritable.ON);
        assertThat(host.getSudo()).isEqualTo(Inheritable.INHERIT);
        assertThat(host.isConcurrentBuild()).isFalse();
        assertThat(host.getAssignedLabelString()).isEqualTo("zfs-tank");
        assertThat(host.resolvedSettings().user()).isEqualTo("backup");
    }

    @Test
    void freestyleSteps(JenkinsRule r) throws Exception {
        PlanbBackupBuilder builder = new PlanbBackupBuilder("acme/web01");
        builder.setAddress("web01.example.com");
        builder.setPort(2222);
        builder.setIncludes("etc");
        builder.setDirectoryPath("/srv/planb");
        r.assertEqualDataBoundBeans(builder, r.configRoundtrip(builder));

        PlanbSnapshotRecorder recorder = new PlanbSnapshotRecorder("acme/web01");
        recorder.setRetention("4w,16d");
        recorder.setZfsParent("tank/BACKUP");
        r.assertEqualDataBoundBeans(recorder, r.configRoundtrip(recorder));
    }

    @Test
    void pipelineSteps(JenkinsRule r) throws Exception {
        StepConfigTester tester = new StepConfigTester(r);
        PlanbBackupStep backup = new PlanbBackupStep("acme/web01");
        backup.setAddress("web01.example.com");
        backup.setTransport("ssh");
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
