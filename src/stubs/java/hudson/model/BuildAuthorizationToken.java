// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/BuildAuthorizationToken.java.
package hudson.model;

import hudson.util.Secret;
import java.io.IOException;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

@Deprecated public final class BuildAuthorizationToken {
    @Deprecated public BuildAuthorizationToken(String token) { throw new UnsupportedOperationException(); }
    public BuildAuthorizationToken(Secret token) { throw new UnsupportedOperationException(); }
    public static BuildAuthorizationToken create(StaplerRequest2 req) { throw new UnsupportedOperationException(); }
    public static void checkPermission(Job<?, ?> project, BuildAuthorizationToken token, StaplerRequest2 req, StaplerResponse2 rsp) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public String getToken() { throw new UnsupportedOperationException(); }
    public Secret getEncryptedToken() { throw new UnsupportedOperationException(); }
}
