// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/tasks/BuildStepCompatibilityLayer.java.
package hudson.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Collection;

@Deprecated public abstract class BuildStepCompatibilityLayer implements BuildStep {
    public boolean prebuild(AbstractBuild<?, ?> build, BuildListener listener) { throw new UnsupportedOperationException(); }
    public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
    public Action getProjectAction(AbstractProject<?, ?> project) { throw new UnsupportedOperationException(); }
    @NonNull public Collection<? extends Action> getProjectActions(AbstractProject<?, ?> project) { throw new UnsupportedOperationException(); }
}
