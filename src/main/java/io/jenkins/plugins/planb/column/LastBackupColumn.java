package io.jenkins.plugins.planb.column;

import hudson.Extension;
import hudson.model.Job;
import hudson.views.ListViewColumn;
import hudson.views.ListViewColumnDescriptor;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: the outcome and snapshot of a host's last completed backup. */
public class LastBackupColumn extends ListViewColumn {

    @DataBoundConstructor
    public LastBackupColumn() {}

    /** The run action of the job's last completed build that has one, or null. */
    public PlanbRunAction lastBackup(Job<?, ?> job) {
        return LastAction.of(job);
    }

    @Extension
    @Symbol("planbLastBackup")
    public static class DescriptorImpl extends ListViewColumnDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.LastBackupColumn_DisplayName();
        }

        @Override
        public boolean shownByDefault() {
            return false;
        }
    }

}
