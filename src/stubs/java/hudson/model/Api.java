// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Api.java.
package hudson.model;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public class Api extends AbstractModelObject {
    public final Object bean;
    public Api(Object bean) { throw new UnsupportedOperationException(); }
    public String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getSearchUrl() { throw new UnsupportedOperationException(); }
    public void doXml(StaplerRequest2 req, StaplerResponse2 rsp, @QueryParameter String xpath, @QueryParameter String wrapper, @QueryParameter String tree, @QueryParameter int depth) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public void doSchema(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public void doJson(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public void doPython(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) protected void setHeaders(StaplerResponse2 rsp) { throw new UnsupportedOperationException(); }
}
