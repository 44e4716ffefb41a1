package io.jenkins.plugins.planb.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The acceptance test's own tools, without a Jenkins: its log judge, form reader and JSON. */
class AcceptanceToolsTest {

    private static final Set<String> PLUGIN_CLASSES = Set.of("io.jenkins.plugins.planb.item.BackupHost",
            "io.jenkins.plugins.planb.item.HostGroup");

    @Test
    void abbreviatedClassNamesAreRecognised() {
        assertThat(JenkinsServer.isPluginClass("i.j.p.p.item.BackupHost", PLUGIN_CLASSES)).isTrue();
        assertThat(JenkinsServer.isPluginClass("i.j.plugins.planb.item.HostGroup", PLUGIN_CLASSES)).isTrue();
        assertThat(JenkinsServer.isPluginClass("i.j.p.p.item.Other", PLUGIN_CLASSES)).isFalse();
        assertThat(JenkinsServer.isPluginClass("h.m.Queue", PLUGIN_CLASSES)).isFalse();
    }

    @Test
    void logJudgeFindsSevereRecordsPlanbTracesAndPlanbWarnings() {
        String log = String.join("\n",
                "Running from: /x/jenkins.war",
                "2026-12-04 23:39:50.504+0000 [id=58]\tINFO\thudson.util.Retrier#start: fine",
                "java.net.UnknownHostException: updates.jenkins.io",
                "\tat java.base/java.net.Socket.connect(Socket.java:659)",
                "2026-12-04 23:39:50.511+0000 [id=58]\tSEVERE\thudson.PluginManager#doCheckUpdatesServer: Error",
                "2026-12-04 23:39:51.000+0000 [id=60]\tWARNING\thudson.model.Queue#maintain: failed",
                "java.lang.NullPointerException: Cannot invoke \"x\"",
                "\tat io.jenkins.plugins.planb.item.BackupHost.getAssignedLabel(BackupHost.java:125)",
                "\tat hudson.model.Queue.maintain(Queue.java:1775)",
                "2026-12-04 23:39:52.000+0000 [id=61]\tWARNING\ti.j.p.p.item.BackupHost#onCreatedFromScratch: cannot add",
                "2026-12-04 23:39:53.000+0000 [id=62]\tWARNING\thudson.model.Foo#bar: unrelated warning",
                "2026-12-04 23:39:54.000+0000 [id=63]\tINFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running");
        List<String> bad = JenkinsServer.forbiddenRecords(log, PLUGIN_CLASSES);
        assertThat(bad).hasSize(3);
        assertThat(bad.get(0)).contains("SEVERE");
        assertThat(bad.get(1)).contains("NullPointerException").contains("BackupHost.getAssignedLabel");
        assertThat(bad.get(2)).contains("onCreatedFromScratch");
    }

    @Test
    void logJudgeAcceptsACleanLog() {
        assertThat(JenkinsServer.forbiddenRecords(
                "2026-12-04 23:39:50.504+0000 [id=58]\tINFO\thudson.X#y: io.jenkins.plugins.planb.Foo loaded\n"
                + "2026-12-04 23:39:53.000+0000 [id=62]\tWARNING\ti.j.p.p.Other#bar: another plugin's warning\n",
                PLUGIN_CLASSES))
                .isEmpty();
    }

    @Test
    void formTreeFollowsRowSetsOptionalBlocksAndNestedProperties() {
        String html = """
                <html><body><form method="post" name="config" action="configSubmit">
                <div class="jenkins-form-item tr"><input name="description" value="d"></div>
                <div name="io-x-Global" style="display:none" class="row-set-start row-group-start tr"></div>
                <div class="jenkins-form-item tr"><input name="_.retention" type="text" value="2y"></div>
                <div class="jenkins-form-item tr"><input name="_.zfsSudo" type="checkbox" checked="true"></div>
                <div class="row-set-end row-group-end tr"></div>
                <div name="settings" class="jenkins-form-item tr">
                  <input name="_.remoteUser" value="backup">
                  <select name="_.sudo" class="select" fillUrl="/x/fillSudoItems" value="ON"></select>
                  <textarea name="_.includes">
                etc
                home</textarea>
                </div>
                <div class="help-sibling tr optional-block-start row-group-start row-set-start">
                  <span><input name="hudson-triggers-TimerTrigger" type="checkbox" class="optional-block-control block-control" checked="true"></span>
                </div>
                <div class="jenkins-form-item tr"><textarea name="_.spec">H H(0-5) * * *</textarea></div>
                <div class="tr row-set-end rowvg-end optional-block-end row-group-end"></div>
                <div class="help-sibling tr optional-block-start row-group-start row-set-start">
                  <span><input name="jenkins-model-BuildDiscarderProperty" type="checkbox" class="optional-block-control block-control"></span>
                </div>
                <div class="jenkins-form-item tr"><input name="_.daysToKeep" value="7"></div>
                <div class="tr row-set-end rowvg-end optional-block-end row-group-end"></div>
                <template><input name="_.ghost" value="x"></template>
                <div class="prototypes to-be-removed"><input name="_.ghost2" value="x"></div>
                <p>text<div class="tr"><button name="Submit" value="Save">Save</button></div>
                </form></body></html>
                """;
        HtmlForm form = HtmlForm.parse(html, "config");
        form.set("io-x-Global", "_.retention", "1y").set("settings", "_.sudo", "OFF");
        Map<String, Object> json = form.json();
        assertThat(Json.write(json)).isEqualTo("{\"description\":\"d\","
                + "\"io-x-Global\":{\"retention\":\"1y\",\"zfsSudo\":true},"
                + "\"settings\":{\"remoteUser\":\"backup\",\"sudo\":\"OFF\",\"includes\":\"etc\\nhome\"},"
                + "\"hudson-triggers-TimerTrigger\":{\"spec\":\"H H(0-5) * * *\"}}");
        List<Map.Entry<String, String>> params = form.submission("Submit");
        assertThat(params).extracting(Map.Entry::getKey).containsExactly("description", "_.retention", "_.zfsSudo",
                "_.remoteUser", "_.sudo", "_.includes", "hudson-triggers-TimerTrigger", "_.spec", "_.daysToKeep",
                "Submit", "json");
        assertThat(form.groupsOf(form.control(null, "_.spec"))).containsExactly("hudson-triggers-TimerTrigger");
    }

    @Test
    void jsonRoundTrip() {
        String text = "{\"a\":[1,2.5,\"x\\n\\u00e9\"],\"b\":{\"c\":null,\"d\":true}}";
        assertThat(Json.write(Json.parse(text))).isEqualTo(text.replace("\\u00e9", "é"));
    }
}
