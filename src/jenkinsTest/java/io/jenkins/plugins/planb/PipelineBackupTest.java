package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Label;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** {@code planbBackup} on an agent, with directory storage and the local transport: the whole engine, for real. */
@WithJenkins
class PipelineBackupTest {

    @Test
    void backsUpOnTheAgentAndReturnsTheRecord(JenkinsRule r, @TempDir Path temp) throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.writeString(source.resolve("hello.txt"), "hello\n");
        Path storage = Files.createDirectories(temp.resolve("storage"));
        r.createOnlineSlave(Label.get("planb"));

        WorkflowJob job = r.createProject(WorkflowJob.class, "backup");
        job.setDefinition(new CpsFlowDefinition(
                "node('planb') {\n"
                        + "  def result = planbBackup host: 'acme/self', transport: 'local', root: '" + source + "',"
                        + " directoryPath: '" + storage + "'\n"
                        + "  echo \"outcome=${result.outcome} snapshot=${result.snapshot}\"\n"
                        + "  def listed = planbSnapshots host: 'acme/self', directoryPath: '" + storage + "'\n"
                        + "  echo \"count=${listed.snapshots.size()}\"\n"
                        + "}\n",
                true));
        WorkflowRun run = r.buildAndAssertSuccess(job);

        r.assertLogContains("outcome=SUCCESS snapshot=planb-", run);
        r.assertLogContains("count=1", run);
        PlanbRunAction action = run.getAction(PlanbRunAction.class);
        assertThat(action.getOutcome()).isEqualTo("SUCCESS");
        assertThat(action.getHost()).isEqualTo("acme/self");
        assertThat(run.getDescription()).startsWith(action.getSnapshot());
        Path snapshotCopy = storage.resolve("acme/self/.snapshots").resolve(action.getSnapshot());
        assertThat(Files.walk(snapshotCopy).anyMatch(p -> p.getFileName().toString().equals("hello.txt"))).isTrue();
    }

}
