package io.jenkins.plugins.planb.credentials;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * The SSH private key credentials a PlanB form may offer and a backup may use, following the
 * Credentials plugin's consumer guide: only someone who may configure the item (or use its
 * credentials) sees the list, lookups run as the item's authentication, and the current value
 * stays in the list even when it no longer resolves, so the form reports it instead of silently
 * switching to another key.
 */
public final class SshKeyCredentials {

    private SshKeyCredentials() {}

    /** The items of a credentials drop-down in the context of {@code item} (null: global configuration). */
    public static ListBoxModel fillItems(Item item, String credentialsId) {
        StandardListBoxModel result = new StandardListBoxModel();
        String current = credentialsId == null ? "" : credentialsId;
        if (item == null) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return result.includeCurrentValue(current);
            }
        } else if (!item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return result.includeCurrentValue(current);
        }
        if (item instanceof ItemGroup<?> group && !(item instanceof Queue.Task)) {
            return result.includeEmptyValue()
                    .includeMatchingAs(ACL.SYSTEM2, group, SSHUserPrivateKey.class, List.of(),
                            CredentialsMatchers.always())
                    .includeCurrentValue(current);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2,
                        item, SSHUserPrivateKey.class, List.of(), CredentialsMatchers.always())
                .includeCurrentValue(current);
    }

    /** Whether {@code credentialsId} names an SSH key visible from {@code item}. */
    public static boolean exists(Item item, String credentialsId) {
        if (credentialsId == null || credentialsId.isBlank()) {
            return true;
        }
        if (item instanceof ItemGroup<?> group && !(item instanceof Queue.Task)) {
            return CredentialsProvider.findCredentialByIdInItemGroup(credentialsId, SSHUserPrivateKey.class, group,
                    ACL.SYSTEM2, List.of()) != null;
        }
        return CredentialsProvider.findCredentialByIdInItem(credentialsId, SSHUserPrivateKey.class, item,
                item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2, List.of()) != null;
    }

    /**
     * The key a build uses, with usage tracked against the build. The lookup names the host
     * ({@code ssh://address:port}), so a credential kept in a domain for other hosts is not used.
     *
     * @throws AbortException when the id does not resolve for this build and host, naming both
     */
    public static SSHUserPrivateKey forBuild(String credentialsId, Run<?, ?> run, String address, int port)
            throws AbortException {
        String uri = "ssh://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
        SSHUserPrivateKey key = CredentialsProvider.findCredentialById(credentialsId, SSHUserPrivateKey.class, run,
                URIRequirementBuilder.fromUri(uri).build());
        if (key == null) {
            throw new AbortException("PlanB: no SSH private key credential with id '" + credentialsId
                    + "' is visible to " + run.getParent().getFullName() + " for " + uri);
        }
        CredentialsProvider.track(run, key);
        return key;
    }
}
