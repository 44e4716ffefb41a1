package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Item;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.notify.WebhookSettings;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
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
    private String connection;
    private String settings;
    private String group;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE, Item.EXTENDED_READ).everywhere().to("configurer"));
        SystemCredentialsProvider.getInstance().getCredentials().add(new BasicSSHUserPrivateKey(CredentialsScope.GLOBAL,
                "planb-key", "remotebackup",
                new BasicSSHUserPrivateKey.DirectEntryPrivateKeySource("not a real key"), null, "the backup key"));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL,
                "hook-secret", "webhook signing", Secret.fromString("s3cret")));
        HostGroup hostGroup = r.jenkins.createProject(HostGroup.class, "acme");
        BackupHost host = hostGroup.createProject(BackupHost.class, "web01");
        connection = host.getUrl() + "descriptorByName/" + HostConnection.class.getName() + "/";
        settings = host.getUrl() + "descriptorByName/" + BackupSettings.class.getName() + "/";
        group = hostGroup.getUrl() + "descriptorByName/" + HostGroup.class.getName() + "/";
    }

    private Page request(String user, HttpMethod method, String path) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), path), method);
        if (method == HttpMethod.POST) {
            wc.addCrumb(request);
        }
        return wc.getPage(request);
    }

    private int status(String user, HttpMethod method, String path) throws Exception {
        return request(user, method, path).getWebResponse().getStatusCode();
    }

    @Test
    void checksNeedConfigurePermission() throws Exception {
        assertThat(status("reader", HttpMethod.POST, connection + "checkAddress?value=web01")).isEqualTo(403);
        assertThat(status("configurer", HttpMethod.POST, connection + "checkAddress?value=web01")).isEqualTo(200);
        assertThat(status("reader", HttpMethod.POST, connection + "checkKnownHostsEntry?value=x")).isEqualTo(403);
        assertThat(status("reader", HttpMethod.POST, settings + "checkRetention?value=1y")).isEqualTo(403);
        assertThat(status("reader", HttpMethod.POST, group + "checkSchedule?value=H+*+*+*+*")).isEqualTo(403);
    }

    @Test
    void fetchHostKeyNeedsConfigureAndPost() throws Exception {
        assertThat(status("reader", HttpMethod.POST, connection + "fetchHostKey?address=127.0.0.1&port=22"))
                .isEqualTo(403);
        // Stapler answers a GET on a @POST web method with 404 (HttpVerbInterceptor cancels the dispatch).
        assertThat(status("configurer", HttpMethod.GET, connection + "fetchHostKey?address=127.0.0.1&port=22"))
                .isEqualTo(404);
    }

    @Test
    void checksRefuseGet() throws Exception {
        assertThat(status("configurer", HttpMethod.GET, connection + "checkAddress?value=web01")).isEqualTo(404);
        assertThat(status("configurer", HttpMethod.GET, settings + "fillCredentialsIdItems")).isEqualTo(404);
    }

    @Test
    void readersSeeNoCredentialsInTheList() throws Exception {
        String forReader = request("reader", HttpMethod.POST, settings + "fillCredentialsIdItems?credentialsId=mine")
                .getWebResponse().getContentAsString();
        assertThat(forReader).contains("mine").doesNotContain("planb-key");
        String forConfigurer = request("configurer", HttpMethod.POST,
                settings + "fillCredentialsIdItems?credentialsId=").getWebResponse().getContentAsString();
        assertThat(forConfigurer).contains("planb-key");
    }

    @Test
    void credentialChecksStayQuietForThoseWhoMayNotSeeCredentials() throws Exception {
        String forReader = request("reader", HttpMethod.POST, settings + "checkCredentialsId?value=nope")
                .getWebResponse().getContentAsString();
        assertThat(forReader).doesNotContain("nope");
        String forConfigurer = request("configurer", HttpMethod.POST, settings + "checkCredentialsId?value=nope")
                .getWebResponse().getContentAsString();
        assertThat(forConfigurer).contains("nope");
    }

    @Test
    void notificationChecksNeedConfigureAndPost() throws Exception {
        String webhook = group.replace(HostGroup.class.getName(), WebhookSettings.class.getName());
        assertThat(status("reader", HttpMethod.POST, webhook + "checkUrls?value=https://x.example")).isEqualTo(403);
        assertThat(status("configurer", HttpMethod.GET, webhook + "checkUrls?value=https://x.example")).isEqualTo(404);
        assertThat(request("configurer", HttpMethod.POST, webhook + "checkUrls?value=file:///etc/passwd")
                .getWebResponse().getContentAsString()).contains("is not an http or https URL");
        assertThat(status("reader", HttpMethod.POST, webhook + "fillCredentialsIdItems")).isEqualTo(403);
        assertThat(request("configurer", HttpMethod.POST, webhook + "fillCredentialsIdItems")
                .getWebResponse().getContentAsString()).contains("hook-secret").doesNotContain("planb-key");
        assertThat(request("configurer", HttpMethod.POST, webhook + "checkCredentialsId?value=nope")
                .getWebResponse().getContentAsString()).contains("No Secret text credential with id nope");
        assertThat(status("reader", HttpMethod.POST, group + "checkNotificationAddresses?value=x")).isEqualTo(403);
        assertThat(request("configurer", HttpMethod.POST, group + "checkNotificationAddresses?value=ops")
                .getWebResponse().getContentAsString()).contains("is not a mail address")
                .contains("separated by commas or spaces");
        assertThat(request("configurer", HttpMethod.POST, group + "checkOverdueHours?value=0")
                .getWebResponse().getContentAsString()).contains("a whole number of hours from 1 to 8760");
        String site = "descriptorByName/" + PlanbGlobalConfiguration.class.getName() + "/";
        assertThat(status("configurer", HttpMethod.POST, site + "checkStorageThreshold?value=90")).isEqualTo(403);
        assertThat(status("configurer", HttpMethod.POST, site + "checkDigestHour?value=7")).isEqualTo(403);
        String siteWebhook = "descriptorByName/" + WebhookSettings.class.getName() + "/checkUrls?value=https://x.example";
        assertThat(status("configurer", HttpMethod.POST, siteWebhook)).as("the site's webhook form").isEqualTo(403);
    }

    @Test
    void globalChecksNeedAdminister() throws Exception {
        String global = "descriptorByName/" + PlanbGlobalConfiguration.class.getName() + "/checkZfsParent?value=tank";
        assertThat(status("configurer", HttpMethod.POST, global)).isEqualTo(403);
        // The settings form on the System page has no item: its checks need Overall/Administer.
        String siteSettings = "descriptorByName/" + BackupSettings.class.getName() + "/checkRetention?value=1y";
        assertThat(status("configurer", HttpMethod.POST, siteSettings)).isEqualTo(403);
    }
}
