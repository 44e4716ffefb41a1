// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/security/SlaveToMasterCallable.java.
package jenkins.security;

import hudson.remoting.Callable;
import org.jenkinsci.remoting.RoleChecker;

public abstract class SlaveToMasterCallable<V, T extends Throwable> implements Callable<V, T> {
    public void checkRoles(RoleChecker checker) throws SecurityException { throw new UnsupportedOperationException(); }
}
