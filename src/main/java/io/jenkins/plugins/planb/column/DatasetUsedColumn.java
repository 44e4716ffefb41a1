package io.jenkins.plugins.planb.column;

import hudson.Extension;
import hudson.model.Job;
import hudson.views.ListViewColumn;
import hudson.views.ListViewColumnDescriptor;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: the space a host's dataset and its snapshots used after the last backup. */
public class DatasetUsedColumn extends ListViewColumn {

    @DataBoundConstructor
    public DatasetUsedColumn() {}

    public PlanbRunAction lastBackup(Job<?, ?> job) {
        return LastAction.of(job);
    }

    @Extension
    @Symbol("planbDatasetUsed")
    public static class DescriptorImpl extends ListViewColumnDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.DatasetUsedColumn_DisplayName();
        }

        @Override
        public boolean shownByDefault() {
            return false;
        }
    }
}
