package io.jenkins.plugins.planb.steps;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.planb.freestyle.StepChecks;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What every PlanB Pipeline step needs from its context (a build, its log, and a node to run on)
 * and the check of the {@code host} field they all have. The connection and settings forms bring
 * their own checks ({@code HostConnection}, {@code BackupSettings}).
 */
public abstract class PlanbStepDescriptor extends StepDescriptor {

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, TaskListener.class, Launcher.class, FilePath.class);
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
}
