// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/HttpResponses.java.
package org.kohsuke.stapler;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URL;

public class HttpResponses {
    public static HttpResponseException ok() { throw new UnsupportedOperationException(); }
    public static HttpResponseException notFound() { throw new UnsupportedOperationException(); }
    public static HttpResponseException forbidden() { throw new UnsupportedOperationException(); }
    public static HttpResponseException status(int code) { throw new UnsupportedOperationException(); }
    public static HttpResponseException error(int code, String errorMessage) { throw new UnsupportedOperationException(); }
    public static HttpResponseException error(Throwable cause) { throw new UnsupportedOperationException(); }
    public static HttpResponseException error(int code, Throwable cause) { throw new UnsupportedOperationException(); }
    public static HttpResponseException errorWithoutStack(int code, String errorMessage) { throw new UnsupportedOperationException(); }
    public static HttpResponseException wrap(HttpResponse delegate) { throw new UnsupportedOperationException(); }
    public static HttpResponseException redirectViaContextPath(String relative) { throw new UnsupportedOperationException(); }
    public static HttpResponseException redirectViaContextPath(int statusCode, String relative) { throw new UnsupportedOperationException(); }
    public static HttpResponse redirectToDot() { throw new UnsupportedOperationException(); }
    public static HttpResponseException redirectToContextRoot() { throw new UnsupportedOperationException(); }
    public static HttpResponseException forwardToPreviousPage() { throw new UnsupportedOperationException(); }
    public static HttpResponse staticResource(URL resource) { throw new UnsupportedOperationException(); }
    public static HttpResponse staticResource(URL resource, long expiration) { throw new UnsupportedOperationException(); }
    @Deprecated public static HttpResponse html(String literalHtml) { throw new UnsupportedOperationException(); }
    public static HttpResponse literalHtml(String text) { throw new UnsupportedOperationException(); }
    @Deprecated public static HttpResponse plainText(String plainText) { throw new UnsupportedOperationException(); }
    public static HttpResponse text(String text) { throw new UnsupportedOperationException(); }
    public interface ErrorCustomizer {
        @CheckForNull HttpResponseException handleError(int code, Throwable cause);
    }
    public abstract static class HttpResponseException extends RuntimeException implements HttpResponse {
        public HttpResponseException() { throw new UnsupportedOperationException(); }
        public HttpResponseException(String message) { throw new UnsupportedOperationException(); }
        public HttpResponseException(String message, Throwable cause) { throw new UnsupportedOperationException(); }
        public HttpResponseException(Throwable cause) { throw new UnsupportedOperationException(); }
    }
}
