package io.jenkins.plugins.planb.notify;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.core.notify.WebhookUrls;
import java.net.URI;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Where a host group (or the whole site) sends a JSON document after backups: the URLs, the
 * <em>Secret text</em> credential whose value signs each body, and whether every backup or only
 * state changes are sent. Empty URLs: no webhook.
 */
public final class WebhookSettings implements Describable<WebhookSettings> {

    private String urls;
    private String credentialsId;
    private WebhookEvents events;

    @DataBoundConstructor
    public WebhookSettings() {}

    /** One URL per line. */
    public String getUrls() {
        return urls;
    }

    @DataBoundSetter
    public void setUrls(String urls) {
        this.urls = FormChecks.trimToNull(urls);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = FormChecks.trimToNull(credentialsId);
    }

    @NonNull
    public WebhookEvents getEvents() {
        return events == null ? WebhookEvents.EVERY_BACKUP : events;
    }

    @DataBoundSetter
    public void setEvents(WebhookEvents events) {
        this.events = events;
    }

    /** The URLs; none when they are empty or one is bad (the form says which, and nothing is sent). */
    public List<URI> targets() {
        try {
            return WebhookUrls.parse(urls);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    public boolean isConfigured() {
        return !targets().isEmpty();
    }

    @Override
    public DescriptorImpl getDescriptor() {
        return (DescriptorImpl) Jenkins.get().getDescriptorOrDie(WebhookSettings.class);
    }

    /** The form's checks: each is a POST and checks that the caller may configure the group (or the site). */
    @Extension
    @Symbol("planbWebhook")
    public static final class DescriptorImpl extends Descriptor<WebhookSettings> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WebhookSettings_DisplayName();
        }

        @POST
        public FormValidation doCheckUrls(@AncestorInPath Item item, @QueryParameter String value) {
            checkConfigure(item);
            return WebhookUrls.check(value).map(FormValidation::error).orElse(FormValidation.ok());
        }

        /** As the Credentials plugin's consumer guide says: quiet for those who may not see credentials. */
        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String urls) {
            checkConfigure(item);
            if (value == null || value.isBlank()) {
                return WebhookUrls.parse(urlsOrNone(urls)).isEmpty()
                        ? FormValidation.ok() : FormValidation.warning(Messages.WebhookSettings_Unsigned());
            }
            return WebhookSecrets.exists(item, value)
                    ? FormValidation.ok() : FormValidation.error(Messages.WebhookSettings_SecretNotFound(value));
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return WebhookSecrets.fillItems(item, credentialsId);
        }

        @POST
        public ListBoxModel doFillEventsItems(@AncestorInPath Item item) {
            checkConfigure(item);
            ListBoxModel items = new ListBoxModel();
            for (WebhookEvents events : WebhookEvents.values()) {
                items.add(events.getDisplayName(), events.name());
            }
            return items;
        }

        private static String urlsOrNone(String urls) {
            return WebhookUrls.check(urls).isPresent() ? null : urls;
        }

        private static void checkConfigure(Item item) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
        }
    }
}
