package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.Label;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.User;
import hudson.slaves.DumbSlave;
import hudson.slaves.EnvironmentVariablesNodeProperty;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.HostSummaryJson;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.BackupHostBuild;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.listener.PlanbBackupListener;
import io.jenkins.plugins.planb.summary.HostSummaryFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.Jenkins;
import jenkins.security.QueueItemAuthenticatorConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockQueueItemAuthenticator;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A host's build on a storage agent: the whole engine, reporting, authentication and environment. */
@WithJenkins
class HostBuildTest {

    @Test
    void backsUpOnTheStorageAgentAndReportsTheRun(JenkinsRule r, @TempDir Path temp) throws Exception {
        DumbSlave agent = r.createOnlineSlave(Label.get("planb"));
        HostGroup group = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        BackupHost host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));

        PlanbRunAction first = Fixtures.backUp(r, host, Result.SUCCESS);
        PlanbRunAction second = Fixtures.backUp(r, host, Result.SUCCESS);

        BackupHostBuild build = host.getLastBuild();
        assertThat(build.getBuiltOn()).isSameAs(agent);
        assertThat(second.getOutcome()).isEqualTo("SUCCESS");
        assertThat(second.getSnapshot()).isNotEqualTo(first.getSnapshot());
        assertThat(build.getDescription()).startsWith(second.getSnapshot());
        assertThat(build.getEnvironment(TaskListener.NULL).get("PLANB_SNAPSHOT")).isEqualTo(second.getSnapshot());
        Path snapshots = temp.resolve("storage/acme/web01/.snapshots");
        assertThat(snapshots.resolve(first.getSnapshot()).resolve("etc/app.conf")).hasContent("key=value");
        assertThat(Files.isSymbolicLink(snapshots.resolve(second.getSnapshot()).resolve("etc/current"))).isTrue();
        assertThat(Listener.records()).extracting(RunRecord::outcome).containsExactly(Outcome.SUCCESS, Outcome.SUCCESS);
        String json = r.createWebClient().goTo(build.getUrl() + "api/json?tree=actions[outcome,snapshot]",
                "application/json").getWebResponse().getContentAsString();
        assertThat(json).contains("\"outcome\":\"SUCCESS\"").contains(second.getSnapshot());
        String page = r.createWebClient().goTo(build.getUrl() + "planb/").asNormalizedText();
        assertThat(page).contains("Run time", "Snapshots after the run", second.getSnapshot())
                .doesNotContain("Error", "Transfer ms");
        // build.xml holds plain lists, not the JDK's internal immutable ones.
        assertThat(Files.readString(build.getRootDir().toPath().resolve("build.xml")))
                .contains("PlanbRunAction").doesNotContain("ImmutableCollections");

        HostSummary summary = host.summary();
        assertThat(summary.state()).isEqualTo(HostSummary.State.OK);
        assertThat(summary.lastSuccessAt()).isEqualTo(second.getFinishedAt());
        assertThat(summary.firstSuccessAt()).isEqualTo(first.getFinishedAt());
        assertThat(summary.snapshotCount()).isEqualTo(second.getSnapshotCount()).isPositive();
        assertThat(summary.recentSuccessMillis()).containsExactly(first.getDurationMillis(), second.getDurationMillis());
        Path saved = host.getRootDir().toPath().resolve("planb-summary.json");
        assertThat(HostSummaryJson.parse(Files.readString(saved))).isEqualTo(summary);
        // the file is a cache of the builds: without it, the builds give the same summary
        Files.delete(saved);
        assertThat(HostSummaryFile.load(host.getRootDir().toPath(), host.hostId(), host.getBuilds(), null)).isEqualTo(summary);
        assertThat(saved).exists();
    }

    @Test
    void aRestrictedBuildAuthenticationStillRecordsAGoodBackup(JenkinsRule r, @TempDir Path temp) throws Exception {
        r.jenkins.setLabelString("planb");
        HostGroup group = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        BackupHost host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        // "runner" may build and read, but not update runs (no Run/Update): Run.setDescription would refuse.
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ, Item.BUILD, Computer.BUILD).everywhere().to("runner"));
        QueueItemAuthenticatorConfiguration.get().getAuthenticators()
                .add(new MockQueueItemAuthenticator().authenticate(host.getFullName(),
                        User.getById("runner", true).impersonate2()));

        PlanbRunAction action = Fixtures.backUp(r, host, Result.SUCCESS);

        assertThat(action.getOutcome()).isEqualTo("SUCCESS");
        assertThat(host.getLastBuild().getDescription()).startsWith(action.getSnapshot());
        assertThat(host.getLastBuild().hasPermission2(User.getById("runner", false).impersonate2(), Run.UPDATE))
                .as("the test really runs without Run/Update").isFalse();
    }

    @Test
    void commandsRunWithTheBuildsEnvironment(JenkinsRule r, @TempDir Path temp) throws Exception {
        // A node property puts a directory in front of PATH; its rsync leaves a mark and runs the real one.
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path mark = temp.resolve("wrapper-ran");
        Path wrapper = bin.resolve("rsync");
        Files.writeString(wrapper, "#!/bin/sh\ntouch '" + mark + "'\nPATH=/usr/bin:/bin exec rsync \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        DumbSlave agent = r.createOnlineSlave(Label.get("planb"));
        agent.getNodeProperties().add(new EnvironmentVariablesNodeProperty(
                new EnvironmentVariablesNodeProperty.Entry("PATH+PLANB", bin.toString())));
        HostGroup group = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        BackupHost host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));

        Fixtures.backUp(r, host, Result.SUCCESS);

        assertThat(mark).exists();
    }

    @Test
    void aFailedBackupIsReportedWithItsReason(JenkinsRule r, @TempDir Path temp) throws Exception {
        r.jenkins.setLabelString("planb");
        HostGroup group = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        BackupHost host = Fixtures.localHost(group, "web01", temp.resolve("does-not-exist"));

        PlanbRunAction action = Fixtures.backUp(r, host, Result.FAILURE);

        assertThat(action.getOutcome()).isEqualTo("FAILED");
        assertThat(action.getSnapshot()).isNull();
        assertThat(host.getLastBuild().getDescription()).startsWith("failed: ");
        assertThat(Listener.records()).extracting(RunRecord::outcome).containsExactly(Outcome.FAILED);
        assertThat(host.summary().state()).isEqualTo(HostSummary.State.NEVER_SUCCEEDED);
        assertThat(host.summary().lastError()).isEqualTo(action.getError());
    }

    /** Collects what {@link PlanbBackupListener} is told, for this test class only. */
    @TestExtension
    public static final class Listener extends PlanbBackupListener {

        private final List<RunRecord> records = new CopyOnWriteArrayList<>();

        static List<RunRecord> records() {
            return PlanbBackupListener.all().get(Listener.class).records;
        }

        @Override
        public void onBackupCompleted(Run<?, ?> run, RunRecord record, TaskListener listener) {
            records.add(record);
        }
    }
}
