package io.jenkins.plugins.planb.freestyle;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Item;
import hudson.tasks.BuildStep;
import hudson.tasks.BuildStepDescriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.item.BackupHost;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What the descriptors of the freestyle builder and recorder share: they fit any project but a
 * PlanB host, and
 * both forms have a host ({@code group/host}), a retention and a storage, checked alike. Stapler
 * finds these inherited {@code doCheck} methods by name just as it finds declared ones.
 */
public abstract class HostStepDescriptor<T extends BuildStep & Describable<T>> extends BuildStepDescriptor<T> {

    /** Any project but a PlanB host, whose build already transfers, snapshots and rotates itself. */
    @Override
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
        return !BackupHost.class.isAssignableFrom(jobType);
    }

    @POST
    public FormValidation doCheckHost(@AncestorInPath Item item, @QueryParameter String value) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
        return StepChecks.hostId(value);
    }

    @POST
    public FormValidation doCheckRetention(@AncestorInPath Item item, @QueryParameter String value) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
        return FormChecks.optional(value, Rules::retention);
    }

    @POST
    public FormValidation doCheckZfsParent(@AncestorInPath Item item, @QueryParameter String value,
            @QueryParameter String directoryPath) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
        return FormChecks.storage(value, directoryPath, true);
    }

    @POST
    public FormValidation doCheckDirectoryPath(@AncestorInPath Item item, @QueryParameter String value,
            @QueryParameter String zfsParent) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
        return FormChecks.storage(zfsParent, value, false);
    }
}
