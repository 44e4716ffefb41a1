package io.jenkins.plugins.planb.column;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: the outcome of the host's last backup run and how long ago it ended. */
public class LastBackupColumn extends PlanbColumn {

    @DataBoundConstructor
    public LastBackupColumn() {}

    @Extension
    @Symbol("planbLastBackup")
    public static class DescriptorImpl extends PlanbColumn.Descriptor {

        @Override
        public String getDisplayName() {
            return Messages.LastBackupColumn_DisplayName();
        }
    }
}
