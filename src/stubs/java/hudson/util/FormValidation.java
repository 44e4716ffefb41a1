// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/FormValidation.java.
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import jakarta.servlet.ServletException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.Collection;
import java.util.stream.Stream;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public abstract class FormValidation extends IOException implements HttpResponse {
    public static FormValidation error(String message) { throw new UnsupportedOperationException(); }
    public static FormValidation warning(String message) { throw new UnsupportedOperationException(); }
    public static FormValidation ok(String message) { throw new UnsupportedOperationException(); }
    public static FormValidation ok() { throw new UnsupportedOperationException(); }
    public static FormValidation error(String format, Object... args) { throw new UnsupportedOperationException(); }
    public static FormValidation warning(String format, Object... args) { throw new UnsupportedOperationException(); }
    public static FormValidation ok(String format, Object... args) { throw new UnsupportedOperationException(); }
    public static FormValidation error(Throwable e, String message) { throw new UnsupportedOperationException(); }
    public static FormValidation warning(Throwable e, String message) { throw new UnsupportedOperationException(); }
    public static FormValidation error(Throwable e, String format, Object... args) { throw new UnsupportedOperationException(); }
    public static FormValidation warning(Throwable e, String format, Object... args) { throw new UnsupportedOperationException(); }
    @NonNull public static FormValidation aggregate(@NonNull Collection<FormValidation> validations) { throw new UnsupportedOperationException(); }
    public static FormValidation errorWithMarkup(String message) { throw new UnsupportedOperationException(); }
    public static FormValidation warningWithMarkup(String message) { throw new UnsupportedOperationException(); }
    public static FormValidation okWithMarkup(String message) { throw new UnsupportedOperationException(); }
    public static FormValidation respond(Kind kind, String html) { throw new UnsupportedOperationException(); }
    public static FormValidation validateExecutable(String exe) { throw new UnsupportedOperationException(); }
    public static FormValidation validateExecutable(String exe, FileValidator exeValidator) { throw new UnsupportedOperationException(); }
    public static FormValidation validateNonNegativeInteger(String value) { throw new UnsupportedOperationException(); }
    public static FormValidation validateIntegerInRange(String value, int lower, int upper) { throw new UnsupportedOperationException(); }
    public static FormValidation validatePositiveInteger(String value) { throw new UnsupportedOperationException(); }
    public static FormValidation validateRequired(String value) { throw new UnsupportedOperationException(); }
    public static FormValidation validateBase64(String value, boolean allowWhitespace, boolean allowEmpty, String errorMessage) { throw new UnsupportedOperationException(); }
    public final Kind kind;
    private FormValidation(Kind kind) { throw new UnsupportedOperationException(); }
    private FormValidation(Kind kind, String message) { throw new UnsupportedOperationException(); }
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public abstract String renderHtml();
    protected void respond(StaplerResponse2 rsp, String html) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public enum Kind {
        OK, WARNING, ERROR;
    }
    public abstract static class FileValidator {
        public abstract FormValidation validate(File f);
        public static final FileValidator NOOP = null;
    }
    public abstract static class URLCheck {
        protected Stream<String> open(URI uri) throws IOException { throw new UnsupportedOperationException(); }
        @Deprecated protected BufferedReader open(URL url) throws IOException { throw new UnsupportedOperationException(); }
        protected boolean findText(Stream<String> in, String literal) { throw new UnsupportedOperationException(); }
        @Deprecated protected boolean findText(BufferedReader in, String literal) throws IOException { throw new UnsupportedOperationException(); }
        protected FormValidation handleIOException(String url, IOException e) throws IOException { throw new UnsupportedOperationException(); }
        protected abstract FormValidation check() throws IOException;
    }
    public static class CheckMethod {
        public CheckMethod(Descriptor descriptor, String fieldName) { throw new UnsupportedOperationException(); }
        @Deprecated public String toCheckUrl() { throw new UnsupportedOperationException(); }
        public String toStemUrl() { throw new UnsupportedOperationException(); }
        public String getDependsOn() { throw new UnsupportedOperationException(); }
    }
}
