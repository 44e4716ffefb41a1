// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/security/ACLContext.java.
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.context.SecurityContext;

public class ACLContext implements AutoCloseable {
    ACLContext(@NonNull SecurityContext previousContext) { throw new UnsupportedOperationException(); }
    @NonNull public SecurityContext getPreviousContext2() { throw new UnsupportedOperationException(); }
    public void close() { throw new UnsupportedOperationException(); }
}
