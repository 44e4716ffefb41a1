package io.jenkins.plugins.planb.column;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: the space the host's dataset and its snapshots used after its last measured run. */
public class DatasetUsedColumn extends PlanbColumn {

    @DataBoundConstructor
    public DatasetUsedColumn() {}

    @Extension
    @Symbol("planbDatasetUsed")
    public static class DescriptorImpl extends PlanbColumn.Descriptor {

        @Override
        public String getDisplayName() {
            return Messages.DatasetUsedColumn_DisplayName();
        }
    }
}
