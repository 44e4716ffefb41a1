package io.jenkins.plugins.planb.column;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: how many snapshots the host had after its last measured run. */
public class SnapshotCountColumn extends PlanbColumn {

    @DataBoundConstructor
    public SnapshotCountColumn() {}

    @Extension
    @Symbol("planbSnapshotCount")
    public static class DescriptorImpl extends PlanbColumn.Descriptor {

        @Override
        public String getDisplayName() {
            return Messages.SnapshotCountColumn_DisplayName();
        }
    }
}
