package io.jenkins.plugins.planb.column;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: the first line of the error of the host's last run, while it is failing. */
public class LastErrorColumn extends PlanbColumn {

    @DataBoundConstructor
    public LastErrorColumn() {}

    @Extension
    @Symbol("planbLastError")
    public static class DescriptorImpl extends PlanbColumn.Descriptor {

        @Override
        public String getDisplayName() {
            return Messages.LastErrorColumn_DisplayName();
        }
    }
}
