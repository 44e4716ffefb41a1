// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/agents/ControllerToAgentCallable.java.
package jenkins.agents;

import hudson.remoting.Callable;
import org.jenkinsci.remoting.RoleChecker;

public interface ControllerToAgentCallable<V, T extends Throwable> extends Callable<V, T> {
    default void checkRoles(RoleChecker checker) throws SecurityException { throw new UnsupportedOperationException(); }
}
