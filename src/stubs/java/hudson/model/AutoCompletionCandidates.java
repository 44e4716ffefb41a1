// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/AutoCompletionCandidates.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.List;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public class AutoCompletionCandidates implements HttpResponse {
    public AutoCompletionCandidates add(String v) { throw new UnsupportedOperationException(); }
    public AutoCompletionCandidates add(String... v) { throw new UnsupportedOperationException(); }
    public List<String> getValues() { throw new UnsupportedOperationException(); }
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object o) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public static <T extends Item> AutoCompletionCandidates ofJobNames(Class<T> type, String value, @CheckForNull Item self, ItemGroup container) { throw new UnsupportedOperationException(); }
    public static <T extends Item> AutoCompletionCandidates ofJobNames(Class<T> type, String value, ItemGroup container) { throw new UnsupportedOperationException(); }
}
