package io.jenkins.plugins.planb.notify;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The <em>Secret text</em> credentials that sign webhooks, following the Credentials plugin's
 * consumer guide as {@code SshKeyCredentials} does for SSH keys: only someone who may configure
 * the group (or the site) sees the list, and the current value stays in it even when it no longer
 * resolves, so the form reports it. The secret never leaves Jenkins: it keys the HMAC only.
 */
final class WebhookSecrets {

    private WebhookSecrets() {}

    /** The drop-down items in the context of {@code item} (a host group), or of the site for {@code null}. */
    static ListBoxModel fillItems(Item item, String credentialsId) {
        StandardListBoxModel result = new StandardListBoxModel();
        String current = credentialsId == null ? "" : credentialsId;
        if (item == null ? !Jenkins.get().hasPermission(Jenkins.ADMINISTER)
                : !item.hasPermission(Item.CONFIGURE) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return result.includeCurrentValue(current);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, context(item), StringCredentials.class, List.of(),
                        CredentialsMatchers.always())
                .includeCurrentValue(current);
    }

    /** Whether {@code credentialsId} names a secret text visible from {@code item} (or the site). */
    static boolean exists(Item item, String credentialsId) {
        return credentialsId == null || credentialsId.isBlank() || find(context(item), credentialsId) != null;
    }

    /** The secret's text, or {@code null} when the id does not resolve in {@code context}. */
    static String secret(ItemGroup<?> context, String credentialsId) {
        StringCredentials credentials = find(context, credentialsId);
        return credentials == null ? null : credentials.getSecret().getPlainText();
    }

    private static StringCredentials find(ItemGroup<?> context, String credentialsId) {
        return CredentialsProvider.findCredentialByIdInItemGroup(credentialsId, StringCredentials.class, context,
                ACL.SYSTEM2, List.of());
    }

    private static ItemGroup<?> context(Item item) {
        return item instanceof ItemGroup<?> group ? group : item == null ? Jenkins.get() : item.getParent();
    }
}
