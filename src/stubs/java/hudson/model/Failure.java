// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Failure.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public class Failure extends RuntimeException implements HttpResponse {
    public Failure(String message) { throw new UnsupportedOperationException(); }
    public Failure(String message, boolean pre) { throw new UnsupportedOperationException(); }
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node, @CheckForNull Throwable throwable) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node) throws IOException, ServletException { throw new UnsupportedOperationException(); }
}
