// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Environment.java.
package hudson.model;

import hudson.EnvVars;
import java.io.IOException;
import java.util.Map;

public abstract class Environment {
    public void buildEnvVars(Map<String, String> env) { throw new UnsupportedOperationException(); }
    public boolean tearDown(AbstractBuild build, BuildListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public static Environment create(EnvVars envVars) { throw new UnsupportedOperationException(); }
}
