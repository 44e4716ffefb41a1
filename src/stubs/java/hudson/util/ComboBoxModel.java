// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/ComboBoxModel.java.
package hudson.util;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public class ComboBoxModel extends ArrayList<String> implements HttpResponse {
    public ComboBoxModel(int initialCapacity) { throw new UnsupportedOperationException(); }
    public ComboBoxModel() { throw new UnsupportedOperationException(); }
    public ComboBoxModel(Collection<? extends String> c) { throw new UnsupportedOperationException(); }
    public ComboBoxModel(String... values) { throw new UnsupportedOperationException(); }
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node) throws IOException, ServletException { throw new UnsupportedOperationException(); }
}
