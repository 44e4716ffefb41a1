package io.jenkins.plugins.planb.item;

import hudson.AbortException;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.planb.core.config.HostId;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * A freestyle or Pipeline step that names the {@code group/host} of a PlanB host item works on
 * that item's storage: its live copy, its snapshots, its retention. It may do so only when the
 * build's authentication may configure that item. The item is looked up as the system, so an
 * item the build cannot even see is protected too, not mistaken for a free name.
 */
public final class HostItemGuard {

    private HostItemGuard() {}

    /** @throws AbortException when {@code id} is a host item the running build may not configure */
    public static void checkMayUse(HostId id) throws AbortException {
        Authentication build = Jenkins.getAuthentication2();
        BackupHost host;
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            host = Jenkins.get().getItemByFullName(id.group() + "/" + id.host(), BackupHost.class);
        }
        if (host != null && !host.hasPermission2(build, Item.CONFIGURE)) {
            throw new AbortException("PlanB: " + id + " is a PlanB host item; a step may work on its storage only when"
                    + " the build's authentication (" + build.getName() + ") may configure it");
        }
    }
}
