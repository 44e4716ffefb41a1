package io.jenkins.plugins.planb.page;

import hudson.Extension;
import hudson.model.Action;
import io.jenkins.plugins.planb.item.BackupHost;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Gives every host its snapshot page and PlanB's part of its page; they hold no state of their own. */
@Extension
public final class HostActionFactory extends TransientActionFactory<BackupHost> {

    @Override
    public Class<BackupHost> type() {
        return BackupHost.class;
    }

    @Override
    public Collection<? extends Action> createFor(BackupHost host) {
        return List.of(new SnapshotsAction(host), new HostPageAction(host));
    }
}
