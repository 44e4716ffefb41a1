// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/agents/ControllerToAgentFileCallable.java.
package jenkins.agents;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {
    default void checkRoles(RoleChecker checker) throws SecurityException { throw new UnsupportedOperationException(); }
}
