package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import hudson.triggers.TimerTrigger;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.Inheritable;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.BackupHostBuild;
import io.jenkins.plugins.planb.item.HostGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A restart and a reload from disk keep items, settings, schedules and the history of backups. */
class RestartTest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @TempDir
    private Path temp;

    @Test
    void itemsSettingsAndHistorySurviveARestartAndAReload() throws Throwable {
        Path storage = Files.createDirectories(temp.resolve("storage"));
        Path source = Fixtures.sourceTree(temp);
        String[] snapshot = new String[1];
        sessions.then(r -> {
            r.jenkins.setLabelString("planb");
            BackupSettings site = new BackupSettings();
            site.setRetention("1y,6m");
            PlanbGlobalConfiguration.get().setSettings(site);
            HostGroup group = Fixtures.group(r, "acme", storage);
            group.setSchedule("H 3 * * *");
            BackupSettings settings = new BackupSettings();
            settings.setIonice(Inheritable.ON);
            settings.setExcludes("etc/current");
            group.setSettings(settings);
            group.save();
            BackupHost host = Fixtures.localHost(group, "web01", source);
            snapshot[0] = Fixtures.backUp(r, host, Result.SUCCESS).getSnapshot();
        });
        sessions.then(r -> {
            assertThat(PlanbGlobalConfiguration.get().getSettings().getRetention()).isEqualTo("1y,6m");
            HostGroup group = r.jenkins.getItemByFullName("acme", HostGroup.class);
            assertThat(group.getDirectoryPath()).isEqualTo(storage.toString());
            assertThat(group.getSettings().getIonice()).isEqualTo(Inheritable.ON);
            assertThat(group.getSettings().getExcludes()).isEqualTo("etc/current");
            BackupHost host = r.jenkins.getItemByFullName("acme/web01", BackupHost.class);
            assertThat(host.getConnection().getRoot()).isEqualTo(source.toString());
            assertThat(host.getTrigger(TimerTrigger.class).getSpec()).isEqualTo("H 3 * * *");
            BackupHostBuild build = host.getLastBuild();
            assertThat(build.getNumber()).isEqualTo(1);
            PlanbRunAction action = build.getAction(PlanbRunAction.class);
            assertThat(action.getSnapshot()).isEqualTo(snapshot[0]);
            assertThat(action.getRun()).isSameAs(build);

            r.jenkins.reload();
            BackupHost reloaded = r.jenkins.getItemByFullName("acme/web01", BackupHost.class);
            assertThat(reloaded.getLastBuild().getAction(PlanbRunAction.class).getSnapshot()).isEqualTo(snapshot[0]);
            PlanbRunAction second = Fixtures.backUp(r, reloaded, Result.SUCCESS);
            assertThat(second.getSnapshot()).isNotEqualTo(snapshot[0]);
            assertThat(storage.resolve("acme/web01/.snapshots").resolve(second.getSnapshot()).resolve("etc/current"))
                    .as("the group's exclude survived").doesNotExist();
        });
    }
}
