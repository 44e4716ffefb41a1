// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/EnvironmentContributingAction.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.ProtectedExternally;

public interface EnvironmentContributingAction extends Action {
    default void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) { throw new UnsupportedOperationException(); }
    @Deprecated @Restricted(ProtectedExternally.class) default void buildEnvVars(AbstractBuild<?, ?> build, EnvVars env) { throw new UnsupportedOperationException(); }
}
