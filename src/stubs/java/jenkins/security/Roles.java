// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/security/Roles.java.
package jenkins.security;

import org.jenkinsci.remoting.Role;

public class Roles {
    public static final Role MASTER = null;
    public static final Role SLAVE = null;
    private Roles() { throw new UnsupportedOperationException(); }
}
