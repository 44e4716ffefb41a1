package io.jenkins.plugins.planb.column;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: the wall time of the host's last backup run. */
public class LastDurationColumn extends PlanbColumn {

    @DataBoundConstructor
    public LastDurationColumn() {}

    @Extension
    @Symbol("planbLastDuration")
    public static class DescriptorImpl extends PlanbColumn.Descriptor {

        @Override
        public String getDisplayName() {
            return Messages.LastDurationColumn_DisplayName();
        }
    }
}
