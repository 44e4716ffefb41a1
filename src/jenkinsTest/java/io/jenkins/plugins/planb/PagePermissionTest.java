package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.Result;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebResponse;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Who may do what on the PlanB pages: a reader sees the host, group and snapshot pages and the
 * chart, but can neither back up nor prune; Back up now needs Item/Build, pruning Item/Configure;
 * both answer only POST with a CSRF crumb.
 */
@WithJenkins
class PagePermissionTest {

    private JenkinsRule r;
    private BackupHost host;
    private HostGroup group;
    private Path snapshots;

    @BeforeEach
    void setUp(JenkinsRule rule, @TempDir Path temp) throws Exception {
        r = rule;
        r.jenkins.setLabelString("planb");
        group = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));
        Fixtures.backUp(r, host, Result.SUCCESS);
        snapshots = temp.resolve("storage/acme/web01/.snapshots");
        // with 1d the newest and two daily picks stay (PlanB keeps count + 1 picks), the oldest goes
        for (String old : List.of("planb-20200101T000000Z", "planb-20200102T000000Z", "planb-20200103T000000Z")) {
            Files.createDirectories(snapshots.resolve(old));
        }
        BackupSettings settings = new BackupSettings();
        settings.setRetention("1d");
        group.setSettings(settings);
        group.save();
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.BUILD).everywhere().to("builder")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE).everywhere().to("configurer"));
    }

    /** The server's answer as it is: no redirect, no refresh followed, no page made of it. */
    private WebResponse request(String user, HttpMethod method, String path, boolean crumb) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false)
                .withRedirectEnabled(false);
        if (user != null) {
            wc.login(user);
        }
        WebRequest request = new WebRequest(new URL(r.getURL(), path), method);
        if (crumb) {
            wc.addCrumb(request);
        }
        return wc.loadWebResponse(request);
    }

    private int status(String user, HttpMethod method, String path) throws Exception {
        return request(user, method, path, method == HttpMethod.POST).getStatusCode();
    }

    @Test
    void aReaderSeesThePagesButCannotBackUpOrPrune() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().login("reader");
        HtmlPage hostPage = wc.getPage(host);
        assertThat(hostPage.getElementById("planb-back-up-now")).isNull();
        assertThat(hostPage.getElementById("planb-host-key")).isNull(); // local transport: no host key
        HtmlPage snapshotsPage = wc.goTo(host.getUrl() + "planb-snapshots/");
        assertThat(snapshotsPage.getElementById("planb-destroyed")).as("the preview is shown").isNotNull();
        assertThat(snapshotsPage.getElementById("planb-review-prune")).as("but no way to prune").isNull();
        wc.getPage(group);
        assertThat(status("reader", HttpMethod.GET, host.getUrl() + "planb/chart")).isEqualTo(200);

        assertThat(status("reader", HttpMethod.GET, host.getUrl() + "planb-snapshots/review")).isEqualTo(403);
        assertThat(status("reader", HttpMethod.POST,
                host.getUrl() + "planb-snapshots/prune?destroy=planb-20200101T000000Z")).isEqualTo(403);
        assertThat(status("reader", HttpMethod.POST, host.getUrl() + "planb/backUpNow")).isEqualTo(403);
        assertThat(Files.exists(snapshots.resolve("planb-20200101T000000Z"))).isTrue();
        assertThat(host.getBuilds()).hasSize(1);
    }

    @Test
    void backUpNowNeedsBuildAndAPostWithACrumb() throws Exception {
        String backUpNow = host.getUrl() + "planb/backUpNow";
        assertThat(status("builder", HttpMethod.GET, backUpNow)).isEqualTo(405);
        assertThat(request("builder", HttpMethod.POST, backUpNow, false).getStatusCode())
                .as("no crumb").isEqualTo(403);
        assertThat(status("configurer", HttpMethod.POST, backUpNow)).as("Configure is not Build").isEqualTo(403);

        WebResponse answer = request("builder", HttpMethod.POST, backUpNow, true);
        assertThat(answer.getStatusCode()).isEqualTo(302);
        assertThat(answer.getResponseHeaderValue("Location")).endsWith("/" + host.getUrl());
        r.waitUntilNoActivity();
        assertThat(host.getBuilds()).hasSize(2);
        assertThat(host.getLastBuild().getResult()).isEqualTo(Result.SUCCESS);
    }

    @Test
    void pruningNeedsConfigureAndAPostWithACrumb() throws Exception {
        String prune = host.getUrl() + "planb-snapshots/prune?destroy=planb-20200101T000000Z";
        assertThat(status("configurer", HttpMethod.GET, prune)).isEqualTo(405);
        assertThat(request("configurer", HttpMethod.POST, prune, false).getStatusCode())
                .as("no crumb").isEqualTo(403);
        assertThat(status("builder", HttpMethod.POST, prune)).as("Build is not Configure").isEqualTo(403);
        assertThat(status("configurer", HttpMethod.GET, host.getUrl() + "planb-snapshots/review")).isEqualTo(200);
        assertThat(Files.exists(snapshots.resolve("planb-20200101T000000Z"))).isTrue();

        assertThat(status("configurer", HttpMethod.POST, prune)).isEqualTo(302);
        Path log = host.getRootDir().toPath().resolve("planb-prunes.log");
        for (int i = 0; i < 600 && !(Files.exists(log) && Files.readString(log).contains(" done: ")); i++) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(log)).contains("by configurer").contains("done: destroyed 1 snapshot, 3 left");
        assertThat(Files.exists(snapshots.resolve("planb-20200101T000000Z"))).isFalse();
    }

    @Test
    void withoutReadThereIsNothingToSee() throws Exception {
        assertThat(status(null, HttpMethod.GET, host.getUrl() + "planb/chart")).isIn(403, 404);
        assertThat(status(null, HttpMethod.GET, host.getUrl() + "planb-snapshots/")).isIn(403, 404);
    }
}
