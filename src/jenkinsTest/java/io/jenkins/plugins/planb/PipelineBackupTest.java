package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.Label;
import hudson.model.Result;
import hudson.model.User;
import io.jenkins.plugins.planb.item.HostGroup;
import jenkins.model.Jenkins;
import jenkins.security.QueueItemAuthenticatorConfiguration;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockQueueItemAuthenticator;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.steps.PlanbBackupStep;
import io.jenkins.plugins.planb.steps.PlanbPruneStep;
import io.jenkins.plugins.planb.steps.PlanbSnapshotStep;
import io.jenkins.plugins.planb.steps.PlanbSnapshotsStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The Pipeline steps on an agent, with directory storage and the local transport: the whole engine, for real. */
@WithJenkins
class PipelineBackupTest {

    @Test
    void backsUpTwoHostsOnTheAgentAndKeepsARecordOfEach(JenkinsRule r, @TempDir Path temp) throws Exception {
        Path source = Fixtures.sourceTree(temp);
        Path storage = Files.createDirectories(temp.resolve("storage"));
        r.createOnlineSlave(Label.get("planb"));

        WorkflowJob job = r.createProject(WorkflowJob.class, "backup");
        job.setDefinition(new CpsFlowDefinition(
                "node('planb') {\n"
                        + "  def result = planbBackup host: 'acme/self', connection: [transport: 'local', root: '"
                        + source + "'], directoryPath: '" + storage + "'\n"
                        + "  echo \"outcome=${result.outcome} snapshot=${result.snapshot}\"\n"
                        + "  planbBackup host: 'acme/etc', connection: [transport: 'local', root: '" + source
                        + "/etc'], settings: [excludes: 'current'], directoryPath: '" + storage + "'\n"
                        + "  def listed = planbSnapshots host: 'acme/self', directoryPath: '" + storage + "'\n"
                        + "  echo \"count=${listed.snapshots.size()}\"\n"
                        + "  def pruned = planbPrune host: 'acme/self', dryRun: true, directoryPath: '" + storage + "'\n"
                        + "  echo \"destroyed=${pruned.destroyed}\"\n"
                        + "}\n",
                true));
        WorkflowRun run = r.buildAndAssertSuccess(job);

        r.assertLogContains("outcome=SUCCESS snapshot=planb-", run);
        r.assertLogContains("count=1", run);
        r.assertLogContains("destroyed=[]", run);
        List<PlanbRunAction> actions = run.getActions(PlanbRunAction.class);
        assertThat(actions).extracting(PlanbRunAction::getHost).containsExactly("acme/self", "acme/etc");
        assertThat(actions).extracting(PlanbRunAction::getUrlName).containsExactly("planb-acme~self", "planb-acme~etc");
        assertThat(actions).extracting(PlanbRunAction::getDisplayName)
                .containsExactly("PlanB backup of acme/self", "PlanB backup of acme/etc");
        assertThat(run.getDescription()).as("a Pipeline keeps its own description").isNull();
        Path etcSnapshot = storage.resolve("acme/etc/.snapshots").resolve(actions.get(1).getSnapshot());
        assertThat(etcSnapshot.resolve("app.conf")).hasContent("key=value");
        assertThat(etcSnapshot.resolve("current")).doesNotExist();
    }

    /** What the Snippet Generator writes for each step is a script that runs. */
    @Test
    void snippetsOfEveryStepRun(JenkinsRule r, @TempDir Path temp) throws Exception {
        Path source = Fixtures.sourceTree(temp);
        Path storage = Files.createDirectories(temp.resolve("storage"));
        r.jenkins.setLabelString("planb");
        PlanbBackupStep backup = new PlanbBackupStep("acme/web01");
        HostConnection connection = new HostConnection();
        connection.setTransport("local");
        connection.setRoot(source.toString());
        backup.setConnection(connection);
        BackupSettings settings = new BackupSettings();
        settings.setRetention("4w,16d");
        backup.setSettings(settings);
        backup.setDirectoryPath(storage.toString());
        PlanbSnapshotStep snapshot = new PlanbSnapshotStep("acme/web01");
        snapshot.setDirectoryPath(storage.toString());
        PlanbPruneStep prune = new PlanbPruneStep("acme/web01");
        prune.setDirectoryPath(storage.toString());
        prune.setDryRun(true);
        PlanbSnapshotsStep snapshots = new PlanbSnapshotsStep("acme/web01");
        snapshots.setDirectoryPath(storage.toString());

        StringBuilder script = new StringBuilder("node('planb') {\n");
        for (Object step : List.of(backup, snapshot, prune, snapshots)) {
            String snippet = Snippetizer.object2Groovy(step);
            assertThat(snippet).startsWith(step.getClass().getSimpleName().replace("Planb", "planb")
                    .replace("Step", ""));
            script.append("  ").append(snippet).append('\n');
        }
        script.append("}\n");
        WorkflowJob job = r.createProject(WorkflowJob.class, "snippets");
        job.setDefinition(new CpsFlowDefinition(script.toString(), true));
        WorkflowRun run = r.buildAndAssertSuccess(job);

        try (var listed = Files.list(storage.resolve("acme/web01/.snapshots"))) {
            assertThat(listed.count()).as("planbBackup and planbSnapshot each took one").isEqualTo(2);
        }
        assertThat(run.getAction(PlanbRunAction.class).getOutcome()).isEqualTo("SUCCESS");
    }

    /** The storage agent trusts its jobs; a step still cannot touch a host item its build may not configure. */
    @Test
    void aStepMayNotWorkOnTheStorageOfAHostItemItsBuildCannotConfigure(JenkinsRule r, @TempDir Path temp)
            throws Exception {
        r.jenkins.setLabelString("planb");
        Path storage = Files.createDirectories(temp.resolve("storage"));
        HostGroup group = Fixtures.group(r, "acme", storage);
        Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));
        WorkflowJob job = r.createProject(WorkflowJob.class, "intruder");
        job.setDefinition(new CpsFlowDefinition("node('planb') { planbPrune host: 'acme/web01', retention: '1d',"
                + " directoryPath: '" + storage + "' }", true));
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Computer.BUILD).everywhere().to("mallory")
                .grant(Item.READ, Item.BUILD).onItems(job).to("mallory"));
        QueueItemAuthenticatorConfiguration.get().getAuthenticators()
                .add(new MockQueueItemAuthenticator().authenticate(job.getFullName(),
                        User.getById("mallory", true).impersonate2()));

        WorkflowRun run = r.buildAndAssertStatus(Result.FAILURE, job);

        r.assertLogContains("acme/web01 is a PlanB host item", run);
    }

    @Test
    void thePipelineSyntaxPageOffersEveryStep(JenkinsRule r) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        String page = r.createWebClient().goTo(job.getUrl() + "pipeline-syntax").getWebResponse().getContentAsString();
        assertThat(page).contains("planbBackup").contains("planbSnapshot").contains("planbPrune")
                .contains("planbSnapshots");
    }
}
