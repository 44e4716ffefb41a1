package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.item.BackupHost;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.Page;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The host and group pages for hosts that succeeded, failed and never ran, rendered by HtmlUnit
 * with JavaScript on (a script error fails the test), under Jenkins' Content-Security-Policy as
 * JenkinsRule enforces it.
 */
@WithJenkins
class HostPagesTest {

    @Test
    void hostAndGroupPagesShowEachHostsState(JenkinsRule r, @TempDir Path temp) throws Exception {
        PagesFixture f = PagesFixture.build(r, temp);
        JenkinsRule.WebClient wc = r.createWebClient();

        HtmlPage ok = wc.getPage(f.ok);
        assertThat(state(ok)).isEqualTo("OK");
        PlanbRunAction last = f.ok.getLastBuild().getAction(PlanbRunAction.class);
        assertThat(text(ok, "planb-last-success")).contains("ago");
        assertThat(text(ok, "planb-snapshot-count")).startsWith(Integer.toString(last.getSnapshotCount()));
        assertThat(text(ok, "planb-average")).contains("of the last 2 good runs");
        assertThat(ok.getElementById("planb-last-error")).isNull();
        assertThat(text(ok, "planb-failures")).contains("No failed run among the newest 100 builds.");
        assertThat(((DomElement) ok.querySelector("img.planb-chart")).getAttribute("src")).isEqualTo("planb/chart");
        assertThat(ok.getElementById("planb-back-up-now")).isNotNull();
        ok.getAnchorByHref("planb-snapshots/"); // throws when missing
        // Jenkins' own parts of a job page are still there
        assertThat(ok.asNormalizedText()).contains("Permalinks");
        assertNoInlineScript(ok);

        Page chart = wc.goTo(f.ok.getUrl() + "planb/chart", "image/svg+xml");
        String svg = chart.getWebResponse().getContentAsString();
        assertThat(svg).startsWith("<svg").contains("<polyline").contains("Space and run time of acme/web01")
                .doesNotContain("<script");
        assertThat(chart.getWebResponse().getResponseHeaderValue("Content-Security-Policy")).contains("sandbox");

        HtmlPage failing = wc.getPage(f.failing);
        assertThat(state(failing)).isEqualTo("FAILING");
        String error = f.failing.getLastBuild().getAction(PlanbRunAction.class).getError();
        assertThat(text(failing, "planb-last-error")).isEqualTo(error.lines().findFirst().orElseThrow());
        assertThat(text(failing, "planb-failing-since")).contains("1 failed run since the last snapshot");
        HtmlTable failures = (HtmlTable) failing.getElementById("planb-failures").getElementsByTagName("table").get(0);
        assertThat(failures.getBodies().get(0).getRows()).hasSize(1);
        assertThat(failures.getBodies().get(0).getRows().get(0).getCell(0).asNormalizedText()).isEqualTo("#2");
        assertThat(text(failing, "planb-first-success")).contains("ago");

        HtmlPage broken = wc.getPage(f.broken);
        assertThat(state(broken)).isEqualTo("NEVER_SUCCEEDED");
        assertThat(text(broken, "planb-last-success")).isEqualTo("never");

        HtmlPage fresh = wc.getPage(f.fresh);
        assertThat(state(fresh)).isEqualTo("NEVER_RUN");
        assertThat(text(fresh, "planb-chart")).contains("No backup run yet.");
        assertThat((Object) fresh.querySelector("img.planb-chart")).isNull();
        assertThat(text(fresh, "planb-space")).isEqualTo("not measured yet");

        HtmlPage group = wc.getPage(f.group);
        String summary = text(group, "planb-group-summary");
        assertThat(summary).contains("4 hosts").contains("1 OK").contains("0 partial").contains("1 failing")
                .contains("1 never backed up (every run failed)").contains("1 not run yet");
        assertThat(text(group, "planb-group-space")).contains("2 hosts have not measured their space yet");
        assertNoInlineScript(group);
    }

    @Test
    void theHostsViewSortsBySummaryValues(JenkinsRule r, @TempDir Path temp) throws Exception {
        PagesFixture f = PagesFixture.build(r, temp);
        HtmlPage group = r.createWebClient().getPage(f.group);
        HtmlTable table = (HtmlTable) group.getElementById("projectstatus");
        List<String> headers = table.getRow(0).getCells().stream()
                .map(c -> c.asNormalizedText().replaceAll("[^A-Za-z ]", "").strip()).toList();
        assertThat(headers).containsSubsequence("S", "Name", "Last good backup", "Run time", "Space", "Snapshots",
                "Last error");

        HtmlTableRow web01 = row(table, "web01");
        int age = headers.indexOf("Last good backup");
        long okAge = Long.parseLong(web01.getCell(age).getAttribute("data"));
        assertThat(okAge).isBetween(0L, 600L);
        assertThat(row(table, "new01").getCell(age).getAttribute("data")).isEqualTo("9007199254740991");
        assertThat(row(table, "db01").getCell(headers.indexOf("Last error")).asNormalizedText()).isNotBlank();
        assertThat(web01.getCell(headers.indexOf("Last error")).asNormalizedText()).isBlank();
        assertThat(web01.getCell(headers.indexOf("Snapshots")).asNormalizedText())
                .isEqualTo(Integer.toString(f.ok.summary().snapshotCount()));
        assertThat(web01.getCell(0).getAttribute("data")).isEqualTo("0");
        assertThat(row(table, "mail01").getCell(0).getAttribute("data")).isEqualTo("4");
        assertThat(web01.getCell(0).asXml()).contains("<svg").contains("tooltip=\"OK\"");
        assertThat(row(table, "db01").getCell(0).asXml()).contains("tooltip=\"Failing since the last snapshot\"");
        // the view reads summaries, not builds: a host's summary file is what it shows
        assertThat(f.ok.summary().state()).isEqualTo(HostSummary.State.OK);
    }

    static String state(HtmlPage page) {
        return page.getElementById("planb-state").getAttribute("data-state");
    }

    static String text(HtmlPage page, String id) {
        DomElement element = page.getElementById(id);
        assertThat(element).as("#" + id + " on " + page.getUrl()).isNotNull();
        return element.asNormalizedText().strip();
    }

    private static HtmlTableRow row(HtmlTable table, String host) {
        return table.getRows().stream().filter(row -> row.getId().equals("job_" + host)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + host));
    }

    /** What Jenkins' Content-Security-Policy forbids: script bodies and event handler attributes. */
    static void assertNoInlineScript(HtmlPage page) {
        for (HtmlElement element : page.getDocumentElement().getHtmlElementDescendants()) {
            if (element.getTagName().equals("script") && !element.hasAttribute("src")) {
                assertThat(element.getTextContent().strip()).as("inline script on " + page.getUrl()).isEmpty();
            }
            element.getAttributesMap().keySet().forEach(name -> assertThat(name.toLowerCase())
                    .as("event handler attribute on <" + element.getTagName() + "> of " + page.getUrl())
                    .doesNotStartWith("on"));
        }
    }
}
