package io.jenkins.plugins.planb.page;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.InvisibleAction;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.summary.GroupSummary;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * The group page's summary (its {@code summary.jelly}, which the folder page shows above the
 * hosts): hosts per state and their space, from the hosts' summaries only, so it costs no build
 * loading however many hosts the group has.
 */
public final class GroupSummaryAction extends InvisibleAction {

    private final HostGroup group;

    GroupSummaryAction(HostGroup group) {
        this.group = group;
    }

    public GroupSummary getSummary() {
        return GroupSummary.of(group.hosts().stream().map(BackupHost::summary).toList(), System.currentTimeMillis(),
                group.effectiveOverdueHours());
    }

    /** Adds the summary to every host group. */
    @Extension
    public static final class Factory extends TransientActionFactory<HostGroup> {

        @Override
        public Class<HostGroup> type() {
            return HostGroup.class;
        }

        @Override
        public Collection<? extends Action> createFor(HostGroup group) {
            return List.of(new GroupSummaryAction(group));
        }
    }
}
