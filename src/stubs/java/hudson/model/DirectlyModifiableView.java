// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/DirectlyModifiableView.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.QueryParameter;

public interface DirectlyModifiableView {
    boolean remove(@NonNull TopLevelItem item) throws IOException, IllegalArgumentException;
    void add(@NonNull TopLevelItem item) throws IOException, IllegalArgumentException;
    HttpResponse doAddJobToView(@QueryParameter String name) throws IOException, ServletException;
    HttpResponse doRemoveJobFromView(@QueryParameter String name) throws IOException, ServletException;
}
