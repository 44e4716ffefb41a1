package io.jenkins.plugins.planb.steps;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/** What every PlanB Pipeline step needs from its context: a build, its log, and a node to run on. */
public abstract class PlanbStepDescriptor extends StepDescriptor {

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, TaskListener.class, Launcher.class, FilePath.class);
    }
}
