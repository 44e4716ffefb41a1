package io.jenkins.plugins.planb.column;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: how long ago the host's last snapshot was taken; sorts by that age. */
public class LastSuccessAgeColumn extends PlanbColumn {

    @DataBoundConstructor
    public LastSuccessAgeColumn() {}

    @Extension
    @Symbol("planbLastSuccess")
    public static class DescriptorImpl extends PlanbColumn.Descriptor {

        @Override
        public String getDisplayName() {
            return Messages.LastSuccessAgeColumn_DisplayName();
        }
    }
}
