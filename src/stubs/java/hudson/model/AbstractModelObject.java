// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/AbstractModelObject.java.
package hudson.model;

import hudson.search.Search;
import hudson.search.SearchIndex;
import hudson.search.SearchableModelObject;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public abstract class AbstractModelObject implements SearchableModelObject {
    protected final void sendError(Exception e, StaplerRequest2 req, StaplerResponse2 rsp) throws ServletException, IOException { throw new UnsupportedOperationException(); }
    protected final void sendError(Exception e) throws ServletException, IOException { throw new UnsupportedOperationException(); }
    protected final void sendError(String message, StaplerRequest2 req, StaplerResponse2 rsp) throws ServletException, IOException { throw new UnsupportedOperationException(); }
    protected final void sendError(String message, StaplerRequest2 req, StaplerResponse2 rsp, boolean pre) throws ServletException, IOException { throw new UnsupportedOperationException(); }
    protected final void sendError(String message) throws ServletException, IOException { throw new UnsupportedOperationException(); }
    @Deprecated protected final void requirePOST() throws ServletException { throw new UnsupportedOperationException(); }
    public final SearchIndex getSearchIndex() { throw new UnsupportedOperationException(); }
    public Search getSearch() { throw new UnsupportedOperationException(); }
    public String getSearchName() { throw new UnsupportedOperationException(); }
}
