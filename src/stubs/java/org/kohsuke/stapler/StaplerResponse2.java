// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java.
package org.kohsuke.stapler;

import edu.umd.cs.findbugs.annotations.NonNull;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URL;
import net.sf.json.JsonConfig;
import org.kohsuke.stapler.export.ExportConfig;
import org.kohsuke.stapler.export.Flavor;

public interface StaplerResponse2 extends HttpServletResponse {
    void forward(Object it, String url, StaplerRequest2 request) throws ServletException, IOException;
    void forwardToPreviousPage(StaplerRequest2 request) throws ServletException, IOException;
    void sendRedirect2(@NonNull String url) throws IOException;
    void sendRedirect(int statusCore, @NonNull String url) throws IOException;
    void serveFile(StaplerRequest2 request, URL res) throws ServletException, IOException;
    void serveFile(StaplerRequest2 request, URL res, long expiration) throws ServletException, IOException;
    void serveLocalizedFile(StaplerRequest2 request, URL res) throws ServletException, IOException;
    void serveLocalizedFile(StaplerRequest2 request, URL res, long expiration) throws ServletException, IOException;
    void serveFile(StaplerRequest2 req, InputStream data, long lastModified, long expiration, long contentLength, String fileName) throws ServletException, IOException;
    @Deprecated void serveFile(StaplerRequest2 req, InputStream data, long lastModified, long expiration, int contentLength, String fileName) throws ServletException, IOException;
    void serveFile(StaplerRequest2 req, InputStream data, long lastModified, long contentLength, String fileName) throws ServletException, IOException;
    @Deprecated void serveFile(StaplerRequest2 req, InputStream data, long lastModified, int contentLength, String fileName) throws ServletException, IOException;
    @Deprecated void serveExposedBean(StaplerRequest2 req, Object exposedBean, Flavor flavor) throws ServletException, IOException;
    default void serveExposedBean(StaplerRequest2 req, Object exposedBean, ExportConfig exportConfig) throws ServletException, IOException { throw new UnsupportedOperationException(); }
    @Deprecated OutputStream getCompressedOutputStream(HttpServletRequest req) throws IOException;
    @Deprecated Writer getCompressedWriter(HttpServletRequest req) throws IOException;
    int reverseProxyTo(URL url, StaplerRequest2 req) throws IOException;
    void setJsonConfig(JsonConfig config);
    JsonConfig getJsonConfig();
}
