package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Deleting a host item or a group never touches its backups, and both confirmations say so: the
 * dialog of the side panel's Delete link and the old {@code /delete} page that Jenkins still serves.
 */
@WithJenkins
class DeleteKeepsBackupsTest {

    @Test
    void theConfirmationsSayTheBackupsStayAndTheyDo(JenkinsRule r, @TempDir Path temp) throws Exception {
        r.jenkins.setLabelString("planb");
        Path storage = Files.createDirectories(temp.resolve("storage"));
        HostGroup group = Fixtures.group(r, "acme", storage);
        BackupHost host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));
        BackupHost other = Fixtures.localHost(group, "db01", Fixtures.sourceTree(Files.createDirectories(temp.resolve("db"))));
        PlanbRunAction backup = Fixtures.backUp(r, host, Result.SUCCESS);
        PlanbRunAction otherBackup = Fixtures.backUp(r, other, Result.SUCCESS);
        JenkinsRule.WebClient wc = r.createWebClient();

        HtmlPage hostPage = wc.getPage(host);
        assertThat(deleteMessage(hostPage)).contains("Delete the PlanB host ‘web01’?")
                .contains("Its backups are kept: the dataset of acme/web01 and its snapshots stay on the storage")
                .contains("planb stale");
        HtmlPage hostDelete = wc.goTo(host.getUrl() + "delete");
        assertThat(HostPagesTest.text(hostDelete, "planb-delete-keeps")).contains("Its backups are kept");
        assertThat(hostDelete.asNormalizedText()).contains("planb stale");

        HtmlPage groupPage = wc.getPage(group);
        assertThat(deleteMessage(groupPage)).contains("Delete the PlanB host group ‘acme’ and all its host items?")
                .contains("Their backups are kept").contains("planb stale");
        HtmlPage groupDelete = wc.goTo(group.getUrl() + "delete");
        assertThat(HostPagesTest.text(groupDelete, "planb-delete-keeps")).contains("its 2 host items")
                .contains("Their backups are kept");

        host.delete();
        assertThat(storage.resolve("acme/web01/.snapshots").resolve(backup.getSnapshot()).resolve("hello.txt"))
                .hasContent("hello");
        group.delete();
        assertThat(r.jenkins.getItem("acme")).isNull();
        assertThat(storage.resolve("acme/db01/.snapshots").resolve(otherBackup.getSnapshot()).resolve("hello.txt"))
                .hasContent("hello");
    }

    /** The confirmation text of the side panel's delete link (Jenkins shows it in a dialog). */
    private static String deleteMessage(HtmlPage page) {
        List<DomElement> links = page.getByXPath("//*[@data-message]");
        for (DomElement link : links) {
            String message = link.getAttribute("data-message");
            if (message.contains("Delete the PlanB")) {
                return message;
            }
        }
        throw new AssertionError("no delete confirmation on " + page.getUrl() + " among "
                + links.stream().map(link -> link.getAttribute("data-message")).toList());
    }
}
