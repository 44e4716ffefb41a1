package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import java.net.URL;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The form endpoints answer only POST, and only to users who may configure the item: a reader
 * cannot use them to probe hosts, list credentials or make the agent connect anywhere.
 */
@WithJenkins
class FormPermissionTest {

    private JenkinsRule r;
    private String hostUrl;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE, Item.EXTENDED_READ).everywhere().to("configurer"));
        HostGroup group = r.jenkins.createProject(HostGroup.class, "acme");
        BackupHost host = group.createProject(BackupHost.class, "web01");
        hostUrl = host.getUrl() + "descriptorByName/" + BackupHost.class.getName() + "/";
    }

    private int status(String user, HttpMethod method, String path) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), path), method);
        if (method == HttpMethod.POST) {
            wc.addCrumb(request);
        }
        Page page = wc.getPage(request);
        return page.getWebResponse().getStatusCode();
    }

    @Test
    void checksNeedConfigurePermission() throws Exception {
        assertThat(status("reader", HttpMethod.POST, hostUrl + "checkAddress?value=web01")).isEqualTo(403);
        assertThat(status("configurer", HttpMethod.POST, hostUrl + "checkAddress?value=web01")).isEqualTo(200);
        assertThat(status("reader", HttpMethod.POST, hostUrl + "checkCredentialsId?value=x")).isEqualTo(403);
        assertThat(status("reader", HttpMethod.POST, hostUrl + "checkKnownHostsEntry?value=x")).isEqualTo(403);
    }

    @Test
    void fetchHostKeyNeedsConfigureAndPost() throws Exception {
        assertThat(status("reader", HttpMethod.POST, hostUrl + "fetchHostKey?address=127.0.0.1&port=22")).isEqualTo(403);
        assertThat(status("configurer", HttpMethod.GET, hostUrl + "fetchHostKey?address=127.0.0.1&port=22"))
                .isEqualTo(405);
    }

    @Test
    void checksRefuseGet() throws Exception {
        assertThat(status("configurer", HttpMethod.GET, hostUrl + "checkAddress?value=web01")).isEqualTo(405);
        assertThat(status("configurer", HttpMethod.GET, hostUrl + "fillCredentialsIdItems")).isEqualTo(405);
    }

    @Test
    void readersSeeNoCredentialsInTheList() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient();
        wc.login("reader");
        WebRequest request = new WebRequest(new URL(r.getURL(), hostUrl + "fillCredentialsIdItems?credentialsId=mine"),
                HttpMethod.POST);
        wc.addCrumb(request);
        String json = wc.getPage(request).getWebResponse().getContentAsString();
        assertThat(json).contains("mine").doesNotContain("\"name\":\"- none -\"");
    }

    @Test
    void globalChecksNeedAdminister() throws Exception {
        String global = "descriptorByName/" + io.jenkins.plugins.planb.config.PlanbGlobalConfiguration.class.getName()
                + "/checkRetention?value=1y";
        assertThat(status("configurer", HttpMethod.POST, global)).isEqualTo(403);
    }
}
