package io.jenkins.plugins.planb.column;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** List view column: the host's state from its summary (OK, partial, failing, never backed up), with Jenkins' status icons. */
public class HostStateColumn extends PlanbColumn {

    @DataBoundConstructor
    public HostStateColumn() {}

    @Extension
    @Symbol("planbStatus")
    public static class DescriptorImpl extends PlanbColumn.Descriptor {

        @Override
        public String getDisplayName() {
            return Messages.HostStateColumn_DisplayName();
        }
    }
}
