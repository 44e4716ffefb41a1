// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/EnvironmentContributor.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import java.io.IOException;

public abstract class EnvironmentContributor implements ExtensionPoint {
    public void buildEnvironmentFor(@NonNull Run r, @NonNull EnvVars envs, @NonNull TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void buildEnvironmentFor(@NonNull Job j, @NonNull EnvVars envs, @NonNull TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public static ExtensionList<EnvironmentContributor> all() { throw new UnsupportedOperationException(); }
    @Extension public static class EnvVarsHtml implements RootAction {
        public String getIconFileName() { throw new UnsupportedOperationException(); }
        public String getDisplayName() { throw new UnsupportedOperationException(); }
        public String getUrlName() { throw new UnsupportedOperationException(); }
    }
}
