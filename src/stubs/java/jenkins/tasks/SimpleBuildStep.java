// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/tasks/SimpleBuildStep.java.
package jenkins.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.TransientActionFactory;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public interface SimpleBuildStep extends BuildStep {
    @Deprecated default void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
    default void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env, @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
    default void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
    default boolean requiresWorkspace() { throw new UnsupportedOperationException(); }
    interface LastBuildAction extends Action {
        Collection<? extends Action> getProjectActions();
    }
    @Restricted(NoExternalUse.class) @Extension final class LastBuildActionFactory extends TransientActionFactory<Job> {
        public Class<Job> type() { throw new UnsupportedOperationException(); }
        @NonNull public Collection<? extends Action> createFor(@NonNull Job j) { throw new UnsupportedOperationException(); }
    }
}
