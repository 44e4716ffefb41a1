package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.Result;
import hudson.model.RootAction;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.report.MonitoredHost;
import io.jenkins.plugins.planb.core.report.PlanbMetrics;
import io.jenkins.plugins.planb.core.run.JsonTree;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.status.StatusApi;
import io.jenkins.plugins.planb.testing.PrometheusTextParser;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code /planb/api/json} and {@code /planb/metrics} over hosts that succeeded, failed, never
 * ran or are disabled, and who may see which.
 */
@WithJenkins
class StatusApiTest {

    private JenkinsRule r;
    private HostGroup acme;
    private BackupHost web;
    private BackupHost db;
    private BackupHost fresh;
    private BackupHost old;
    private PlanbRunAction webRun;
    private PlanbRunAction dbRun;

    @BeforeEach
    void hosts(JenkinsRule rule, @TempDir Path temp) throws Exception {
        r = rule;
        r.jenkins.setLabelString("planb");
        acme = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        web = Fixtures.localHost(acme, "web01", Fixtures.sourceTree(temp));
        db = Fixtures.localHost(acme, "db01", temp.resolve("does-not-exist"));
        fresh = Fixtures.localHost(acme, "new01", temp.resolve("never-used"));
        HostGroup zeta = Fixtures.group(r, "zeta", Files.createDirectories(temp.resolve("storage2")));
        old = Fixtures.localHost(zeta, "old01", temp.resolve("never-used"));
        old.makeDisabled(true);
        webRun = Fixtures.backUp(r, web, Result.SUCCESS);
        dbRun = Fixtures.backUp(r, db, Result.FAILURE);
    }

    private void secure() {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ).everywhere().to("watcher", "overall")
                .grant(Item.READ).onItems(acme, web).to("watcher"));
    }

    private WebResponse get(String user, String path) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        if (user != null) {
            wc.login(user);
        }
        // the raw response: as a page, the 403 Jenkins gives anonymous would follow its refresh to the login page
        return wc.loadWebResponse(new WebRequest(new URL(r.getURL(), path)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hosts(WebResponse response) {
        return (List<Map<String, Object>>) JsonTree.object(response.getContentAsString()).get("hosts");
    }

    private static Map<String, Object> host(List<Map<String, Object>> hosts, String name) {
        return hosts.stream().filter(h -> h.get("host").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + hosts));
    }

    @Test
    @SuppressWarnings("unchecked")
    void apiJsonGivesEveryHostsState() throws Exception {
        WebResponse response = get(null, "planb/api/json");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json");
        List<Map<String, Object>> hosts = hosts(response);
        assertThat(hosts).extracting(h -> h.get("group") + "/" + h.get("host"))
                .containsExactly("acme/db01", "acme/new01", "acme/web01", "zeta/old01");

        Map<String, Object> ok = host(hosts, "web01");
        assertThat(ok).containsEntry("state", "OK").containsEntry("lastOutcome", "SUCCESS")
                .containsEntry("enabled", true).containsEntry("overdue", false)
                .containsEntry("fullName", "acme/web01").containsEntry("url", "job/acme/job/web01/")
                .containsEntry("lastSuccessAt", webRun.getFinishedAt())
                .containsEntry("lastRunAt", webRun.getFinishedAt())
                .containsEntry("lastDurationMillis", webRun.getDurationMillis())
                .containsEntry("lastBytesTransferred", webRun.getBytesTransferred())
                .containsEntry("snapshotCount", 1L)
                .containsEntry("usedBytes", webRun.getDatasetUsed())
                .containsEntry("failingSince", -1L).containsEntry("lastError", null);
        assertThat((Long) ok.get("lastBytesTransferred")).isPositive();

        Map<String, Object> failed = host(hosts, "db01");
        assertThat(failed).containsEntry("state", "NEVER_SUCCEEDED").containsEntry("lastOutcome", "FAILED")
                .containsEntry("lastError", dbRun.getError()).containsEntry("failingSince", dbRun.getStartedAt())
                .containsEntry("failuresSinceSuccess", 1L).containsEntry("lastSuccessAt", -1L);

        Map<String, Object> never = host(hosts, "new01");
        assertThat(never).containsEntry("state", "NEVER_RUN").containsEntry("lastOutcome", null)
                .containsEntry("lastRunAt", -1L).containsEntry("snapshotCount", -1L).containsEntry("overdue", false);
        assertThat(host(hosts, "old01")).containsEntry("enabled", false).containsEntry("state", "NEVER_RUN");

        Map<String, Object> counts = (Map<String, Object>) JsonTree.object(response.getContentAsString()).get("counts");
        assertThat(counts).containsEntry("total", 4L).containsEntry("ok", 1L).containsEntry("neverSucceeded", 1L)
                .containsEntry("neverRun", 2L).containsEntry("disabled", 1L).containsEntry("failing", 0L)
                .containsEntry("overdue", 0L);
        assertThat(never).containsEntry("overdueHours", 48L);
    }

    @Test
    void treeAndXmlWorkAsOnAnyRemoteApi() throws Exception {
        WebResponse tree = get(null, "planb/api/json?tree=hosts[host,state]");
        assertThat(tree.getContentAsString()).contains("{\"host\":\"web01\",\"state\":\"OK\"}")
                .doesNotContain("lastError", "counts");

        WebResponse xml = get(null, "planb/api/xml");
        assertThat(xml.getStatusCode()).isEqualTo(200);
        assertThat(xml.getContentAsString()).contains("<host>web01</host>", "<state>NEVER_SUCCEEDED</state>");
    }

    @Test
    void metricsAreThePlanbMetricsText() throws Exception {
        WebResponse response = get(null, "planb/metrics");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getResponseHeaderValue("Content-Type")).startsWith("text/plain; version=0.0.4");
        String body = response.getContentAsString();
        // the same text `planb metrics` writes for the same summaries
        assertThat(body).isEqualTo(PlanbMetrics.render(List.of(monitored(web), monitored(db), monitored(fresh),
                monitored(old))));
        Map<String, PrometheusTextParser.Family> families = PrometheusTextParser.parse(body);
        assertThat(families.get("planb_last_success_timestamp_seconds").samples())
                .filteredOn(s -> s.labels().get("host").equals("web01"))
                .extracting(PrometheusTextParser.Sample::value).containsExactly(webRun.getFinishedAt() / 1000.0);
        assertThat(families.get("planb_host_state").samples())
                .filteredOn(s -> s.labels().get("host").equals("db01") && s.value() == 1)
                .extracting(s -> s.labels().get("state")).containsExactly("NEVER_SUCCEEDED");
        assertThat(families.get("planb_host_enabled").samples())
                .filteredOn(s -> s.labels().get("group").equals("zeta"))
                .extracting(PrometheusTextParser.Sample::value).containsExactly(0.0);
    }

    private static MonitoredHost monitored(BackupHost host) {
        return new MonitoredHost(host.hostId(), !host.isDisabled(), host.summary());
    }

    @Test
    void aReaderSeesOnlyTheHostsItMayRead() throws Exception {
        secure();

        List<Map<String, Object>> hosts = hosts(get("watcher", "planb/api/json"));
        assertThat(hosts).extracting(h -> h.get("host")).containsExactly("web01");
        String metrics = get("watcher", "planb/metrics").getContentAsString();
        assertThat(PrometheusTextParser.parse(metrics).get("planb_host_enabled").samples())
                .extracting(s -> s.labels().get("host")).containsExactly("web01");
        assertThat(metrics).doesNotContain("db01", "new01", "old01", "zeta");

        // Overall/Read alone: the API answers, with no host in it
        assertThat(hosts(get("overall", "planb/api/json"))).isEmpty();
        assertThat(get("overall", "planb/metrics").getContentAsString()).doesNotContain("acme");

        assertThat(hosts(get("admin", "planb/api/json"))).hasSize(4);
    }

    @Test
    void withoutOverallReadItIsForbidden() throws Exception {
        secure();

        for (String path : List.of("planb/api/json", "planb/api/xml", "planb/metrics")) {
            assertThat(get(null, path).getStatusCode()).as("anonymous " + path).isEqualTo(403);
            assertThat(get("nobody", path).getStatusCode()).as("nobody " + path).isEqualTo(403);
        }
    }

    @Test
    void itHasNoLinkInTheSidePanel() {
        StatusApi api = r.jenkins.getExtensionList(RootAction.class).get(StatusApi.class);
        assertThat(api).isNotNull();
        assertThat(api.getIconFileName()).isNull();
        assertThat(api.getUrlName()).isEqualTo("planb");
        assertThat(web.summary().state()).isEqualTo(HostSummary.State.OK);
    }

    @Test
    void reloadConfigurationFromDiskReadsTheSummaryFileAgain() throws Exception {
        assertThat(web.summary().state()).isEqualTo(HostSummary.State.OK);
        // An admin (or a restore) replaced the file: Reload Configuration from Disk must show it,
        // though Jenkins keeps the same item object across a reload.
        Files.writeString(web.getRootDir().toPath().resolve("planb-summary.json"),
                "{\"lastRunAt\":-1,\"lastOutcome\":null,\"lastError\":null,\"lastDurationMillis\":-1,"
                        + "\"lastSuccessAt\":-1,\"firstSuccessAt\":-1,\"failingSince\":-1,\"failuresSinceSuccess\":0,"
                        + "\"recentSuccessMillis\":[],\"usedBytes\":-1,\"referencedBytes\":-1,\"snapshotBytes\":-1,"
                        + "\"snapshotCount\":-1}\n");

        r.jenkins.reload();

        BackupHost reloaded = r.jenkins.getItemByFullName("acme/web01", BackupHost.class);
        assertThat(reloaded).isNotNull();
        assertThat(reloaded.summary().state()).isEqualTo(HostSummary.State.NEVER_RUN);
    }
}
