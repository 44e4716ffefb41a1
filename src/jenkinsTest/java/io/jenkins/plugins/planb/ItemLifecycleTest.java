package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.hudson.plugins.folder.Folder;
import hudson.model.Failure;
import hudson.model.FreeStyleProject;
import hudson.model.Label;
import hudson.model.Result;
import hudson.triggers.TimerTrigger;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.BackupHostBuild;
import io.jenkins.plugins.planb.item.HostGroup;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Hosts and groups as items: created from New Item and from XML (Job DSL, CLI, REST), scheduled,
 * and kept where their snapshots are (no rename, no move, groups at the top level only).
 */
@WithJenkins
class ItemLifecycleTest {

    private static final String HOST_XML = "io.jenkins.plugins.planb.item.BackupHost";

    private static BackupHost fromXml(HostGroup group, String name, String body) throws Exception {
        String xml = "<" + HOST_XML + ">" + body + "</" + HOST_XML + ">";
        return (BackupHost) group.createProjectFromXML(name,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMinimalConfigXmlBacksUpAndAnEmptyOneNeverStallsTheQueue(JenkinsRule r, @TempDir Path temp)
            throws Exception {
        r.jenkins.setLabelString("planb");
        HostGroup group = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        Path source = Fixtures.sourceTree(temp);

        BackupHost empty = fromXml(group, "empty", "");
        assertThat(empty.getAssignedLabel()).isEqualTo(Label.get("planb"));
        assertThat(empty.getConnection().getTransport()).isEqualTo("ssh");
        assertThat(empty.getConnection().getPort()).isEqualTo(22);
        assertThat(empty.getSettings().getSudo().value()).isNull();

        // The old bug: one such item made every maintenance pass of the queue throw, so no build started.
        FreeStyleProject other = r.createFreeStyleProject("other");
        r.buildAndAssertSuccess(other);

        BackupHost db01 = fromXml(group, "db01",
                "<connection><transport>local</transport><root>" + source + "</root></connection>");
        PlanbRunAction action = Fixtures.backUp(r, db01, Result.SUCCESS);
        assertThat(action.getSnapshot()).startsWith("planb-");
        assertThat(temp.resolve("storage/acme/db01/.snapshots").resolve(action.getSnapshot()).resolve("etc/app.conf"))
                .hasContent("key=value");

        // The connection's fields may also stand straight under the host, as hand-written XML has them.
        BackupHost flat = fromXml(group, "flat01", "<transport>local</transport><root>" + source + "</root>");
        assertThat(flat.getConnection().getRoot()).isEqualTo(source.toString());
        Fixtures.backUp(r, flat, Result.SUCCESS);
        flat.save();
        assertThat(Files.readString(flat.getConfigFile().getFile().toPath()))
                .contains("<connection>").doesNotContain("<connection/>");

        // An ssh host without an address fails with the field named, and the queue goes on.
        BackupHostBuild failed = r.assertBuildStatus(Result.FAILURE, empty.scheduleBuild2(0));
        r.assertLogContains("address: must not be empty", failed);
        assertThat(failed.getDescription()).startsWith("failed: PlanB: acme/empty: address");
        // ...and it is a failed run like any other for the history and the host's state
        assertThat(failed.getAction(PlanbRunAction.class).getOutcome()).isEqualTo("FAILED");
        assertThat(empty.summary().state()).isEqualTo(HostSummary.State.NEVER_SUCCEEDED);
        r.buildAndAssertSuccess(other);
    }

    @Test
    void aNewHostGetsItsGroupScheduleStartedAndAGivenScheduleIsKept(JenkinsRule r, @TempDir Path temp)
            throws Exception {
        r.jenkins.setLabelString("planb");
        HostGroup group = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        group.setSchedule("H 2 * * *");
        Path source = Fixtures.sourceTree(temp);

        BackupHost host = Fixtures.localHost(group, "web01", source);
        TimerTrigger trigger = host.getTrigger(TimerTrigger.class);
        assertThat(trigger.getSpec()).isEqualTo("H 2 * * *");
        // A trigger that was never started ignores run(): it has no job.
        trigger.run();
        r.waitUntilNoActivity();
        assertThat(host.getLastBuild()).as("the timer fired a build").isNotNull();
        assertThat(host.getLastBuild().getCause(TimerTrigger.TimerTriggerCause.class)).isNotNull();

        BackupHost given = fromXml(group, "db01",
                "<triggers><hudson.triggers.TimerTrigger><spec>H 4 * * 0</spec></hudson.triggers.TimerTrigger>"
                        + "</triggers><connection><transport>local</transport><root>" + source
                        + "</root></connection>");
        assertThat(given.getTrigger(TimerTrigger.class).getSpec()).isEqualTo("H 4 * * 0");
        given.getTrigger(TimerTrigger.class).run();
        r.waitUntilNoActivity();
        assertThat(given.getLastBuild()).as("the XML's own timer was started").isNotNull();
    }

    @Test
    void namesThatCannotBeDatasetsAreRefusedAtCreation(JenkinsRule r) throws Exception {
        assertThatThrownBy(() -> r.jenkins.createProject(HostGroup.class, "Acme Corp")).isInstanceOf(Failure.class)
                .hasMessageContaining("Acme Corp");
        HostGroup group = r.jenkins.createProject(HostGroup.class, "acme");
        assertThatThrownBy(() -> group.createProject(BackupHost.class, "web 01")).isInstanceOf(Failure.class)
                .hasMessageContaining("web 01");
    }

    @Test
    void groupsLiveAtTheTopLevelSoTwoCanNeverShareADataset(JenkinsRule r) throws Exception {
        Folder folder = r.jenkins.createProject(Folder.class, "customers");
        HostGroup.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HostGroup.DescriptorImpl.class);
        assertThat(descriptor.isApplicableIn(r.jenkins)).isTrue();
        assertThat(descriptor.isApplicableIn(folder)).isFalse();
        assertThat(r.jenkins.getDescriptorByType(BackupHost.DescriptorImpl.class).isApplicableIn(folder)).isFalse();
    }

    @Test
    void renameAndMoveAreRefusedWithTheReason(JenkinsRule r, @TempDir Path temp) throws Exception {
        HostGroup acme = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        HostGroup beta = Fixtures.group(r, "beta", temp.resolve("storage"));
        BackupHost host = Fixtures.localHost(acme, "web01", temp);
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);

        WebResponse rename = post(r, wc, host.getUrl() + "confirmRename?newName=web02");
        assertThat(rename.getContentAsString()).contains("cannot be renamed");
        WebResponse renameGroup = post(r, wc, acme.getUrl() + "confirmRename?newName=acme2");
        assertThat(renameGroup.getContentAsString()).contains("cannot be renamed");

        WebResponse move = post(r, wc, host.getUrl() + "move/move?destination=/beta");
        assertThat(move.getContentAsString()).contains("cannot be moved");

        assertThat(r.jenkins.getItemByFullName("acme/web01")).isSameAs(host);
        assertThat(r.jenkins.getItemByFullName("acme2")).isNull();
        assertThat(beta.getItems()).isEmpty();
    }

    private static WebResponse post(JenkinsRule r, JenkinsRule.WebClient wc, String path) throws Exception {
        WebRequest request = new WebRequest(new URL(r.getURL(), path), HttpMethod.POST);
        wc.addCrumb(request);
        return wc.getPage(request).getWebResponse();
    }
}
