package io.jenkins.plugins.planb.column;

import hudson.model.Job;
import hudson.views.ListViewColumn;
import hudson.views.ListViewColumnDescriptor;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.summary.HostSummaryView;

/**
 * A list view column that shows part of a host's summary. Every value comes from
 * {@link BackupHost#summary()}, kept in memory and in {@code planb-summary.json}, so a view of a
 * thousand hosts reads no build at all. Other jobs in the same view get an empty cell.
 */
public abstract class PlanbColumn extends ListViewColumn {

    /** The host's summary as the cell shows it, or {@code null} for a job that is no PlanB host. */
    public HostSummaryView view(Job<?, ?> job) {
        return job instanceof BackupHost host ? new HostSummaryView(host.summary(), System.currentTimeMillis()) : null;
    }

    /** Shared by the columns: none is added to every new list view of the site, only to host groups' views. */
    abstract static class Descriptor extends ListViewColumnDescriptor {

        @Override
        public boolean shownByDefault() {
            return false;
        }
    }
}
