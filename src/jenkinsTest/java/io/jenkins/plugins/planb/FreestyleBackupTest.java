package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Label;
import hudson.tasks.Shell;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.freestyle.PlanbBackupBuilder;
import io.jenkins.plugins.planb.freestyle.PlanbSnapshotRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The freestyle builder hands its transfer to the recorder, which snapshots after the later build steps. */
@WithJenkins
class FreestyleBackupTest {

    /** The builder for {@code acme/web01}: {@code source} of the node itself into directories under {@code storage}. */
    private static PlanbBackupBuilder localBuilder(Path source, Path storage) {
        PlanbBackupBuilder builder = new PlanbBackupBuilder("acme/web01");
        HostConnection connection = new HostConnection();
        connection.setTransport("local");
        connection.setRoot(source.toString());
        builder.setConnection(connection);
        builder.setDirectoryPath(storage.toString());
        return builder;
    }

    @Test
    void builderTransfersAndRecorderSnapshotsAfterTheOtherSteps(JenkinsRule r, @TempDir Path temp) throws Exception {
        Path source = Fixtures.sourceTree(temp);
        Path storage = Files.createDirectories(temp.resolve("storage"));
        FreeStyleProject project = r.createFreeStyleProject("nightly");
        project.setAssignedLabel(r.createOnlineSlave(Label.get("planb")).getSelfLabel());
        PlanbBackupBuilder builder = localBuilder(source, storage);
        project.getBuildersList().add(builder);
        // The snapshot comes as a post-build step, after this later build step.
        project.getBuildersList().add(new Shell("echo later step"));
        PlanbSnapshotRecorder recorder = new PlanbSnapshotRecorder("acme/web01");
        recorder.setDirectoryPath(storage.toString());
        project.getPublishersList().add(recorder);

        FreeStyleBuild build = r.buildAndAssertSuccess(project);

        r.assertLogContains("the snapshot follows in the post-build step", build);
        PlanbRunAction action = build.getAction(PlanbRunAction.class);
        assertThat(action.getOutcome()).isEqualTo("SUCCESS");
        assertThat(storage.resolve("acme/web01/.snapshots").resolve(action.getSnapshot()).resolve("hello.txt"))
                .hasContent("hello");
        assertThat(build.getDescription()).as("a freestyle job keeps its own description").isNull();
    }

    @Test
    void withoutARecorderTheBuilderDoesBothPhases(JenkinsRule r, @TempDir Path temp) throws Exception {
        Path source = Fixtures.sourceTree(temp);
        Path storage = Files.createDirectories(temp.resolve("storage"));
        r.jenkins.setLabelString("planb");
        FreeStyleProject project = r.createFreeStyleProject("once");
        PlanbBackupBuilder builder = localBuilder(source, storage);
        project.getBuildersList().add(builder);

        FreeStyleBuild build = r.buildAndAssertSuccess(project);

        assertThat(build.getAction(PlanbRunAction.class).getSnapshot()).startsWith("planb-");
    }
}
