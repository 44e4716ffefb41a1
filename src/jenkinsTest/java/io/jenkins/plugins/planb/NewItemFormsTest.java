package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import hudson.triggers.TimerTrigger;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.javascript.host.html.HTMLElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** What an admin does in the browser: New Item, the group's and the host's forms, Build Now. */
@WithJenkins
class NewItemFormsTest {

    private static void newItem(JenkinsRule r, JenkinsRule.WebClient wc, String where, String name, String type)
            throws Exception {
        HtmlPage page = wc.goTo(where + "newJob");
        HtmlForm form = page.getFormByName("createItem");
        form.getInputByName("name").setValue(name);
        form.getInputByName("name").blur();
        Object choice = page.executeJavaScript(
                "Array.from(document.querySelectorAll('.jenkins-choice-list__item__label'))"
                        + ".filter(el => el.innerText.trim() === '" + type + "')[0].parentElement")
                .getJavaScriptResult();
        assertThat(choice).as("New Item offers " + type).isInstanceOf(HTMLElement.class);
        ((HtmlElement) ((HTMLElement) choice).getDomNodeOrDie()).click();
        r.submit(form);
    }

    @Test
    void groupAndHostFromNewItemAndTheirForms(JenkinsRule r, @TempDir Path temp) throws Exception {
        r.jenkins.setLabelString("planb");
        Path storage = Files.createDirectories(temp.resolve("storage"));
        Path source = Fixtures.sourceTree(temp);
        JenkinsRule.WebClient wc = r.createWebClient();

        newItem(r, wc, "", "acme", "PlanB host group");
        HostGroup group = r.jenkins.getItemByFullName("acme", HostGroup.class);
        assertThat(group).isNotNull();
        HtmlForm groupForm = wc.getPage(group, "configure").getFormByName("config");
        groupForm.getInputByName("_.directoryPath").setValue(storage.toString());
        groupForm.getInputByName("_.schedule").setValue("H 1 * * *");
        groupForm.getInputByName("_.retention").setValue("4w,16d");
        r.submit(groupForm);
        assertThat(group.getDirectoryPath()).isEqualTo(storage.toString());
        assertThat(group.getSettings().getRetention()).isEqualTo("4w,16d");

        newItem(r, wc, group.getUrl(), "web01", "PlanB host");
        BackupHost host = r.jenkins.getItemByFullName("acme/web01", BackupHost.class);
        assertThat(host).isNotNull();
        assertThat(host.getTrigger(TimerTrigger.class).getSpec()).isEqualTo("H 1 * * *");
        HtmlForm hostForm = wc.getPage(host, "configure").getFormByName("config");
        HtmlSelect transport = hostForm.getSelectByName("_.transport");
        transport.setSelectedAttribute("local", true);
        hostForm.getInputByName("_.root").setValue(source.toString());
        HtmlTextArea excludes = hostForm.getTextAreaByName("_.excludes");
        excludes.setText("etc/current");
        r.submit(hostForm);
        assertThat(host.getConnection().getTransport()).isEqualTo("local");
        assertThat(host.getSettings().getExcludes()).isEqualTo("etc/current");

        PlanbRunAction action = Fixtures.backUp(r, host, Result.SUCCESS);
        Path snapshot = storage.resolve("acme/web01/.snapshots").resolve(action.getSnapshot());
        assertThat(snapshot.resolve("etc/app.conf")).hasContent("key=value");
        assertThat(snapshot.resolve("etc/current")).doesNotExist();
        assertThat(wc.getPage(host).getWebResponse().getContentAsString()).contains("web01");
        assertThat(wc.getPage(host.getLastBuild()).getWebResponse().getContentAsString())
                .contains(action.getSnapshot());
    }

    @Test
    void insideAGroupOnlyHostsAreOffered(JenkinsRule r) throws Exception {
        HostGroup group = r.jenkins.createProject(HostGroup.class, "acme");
        // The New Item page lists what this answers (it is loaded by the page's script).
        String offered = r.createWebClient().goTo(group.getUrl() + "itemCategories?depth=3&iconStyle=icon-xlg",
                "application/json").getWebResponse().getContentAsString();
        assertThat(offered).contains(BackupHost.class.getName()).doesNotContain("hudson.model.FreeStyleProject")
                .doesNotContain(HostGroup.class.getName());
        String atTheTop = r.createWebClient().goTo("itemCategories?depth=3&iconStyle=icon-xlg", "application/json")
                .getWebResponse().getContentAsString();
        assertThat(atTheTop).contains(HostGroup.class.getName()).doesNotContain(BackupHost.class.getName());
    }
}
