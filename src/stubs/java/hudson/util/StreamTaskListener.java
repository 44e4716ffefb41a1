// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/StreamTaskListener.java.
package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;

public class StreamTaskListener extends AbstractTaskListener implements TaskListener, Closeable {
    @Deprecated public StreamTaskListener(@NonNull PrintStream out) { throw new UnsupportedOperationException(); }
    @Deprecated public StreamTaskListener(@NonNull OutputStream out) { throw new UnsupportedOperationException(); }
    public StreamTaskListener(@NonNull OutputStream out, @CheckForNull Charset charset) { throw new UnsupportedOperationException(); }
    @Deprecated public StreamTaskListener(@NonNull File out) throws IOException { throw new UnsupportedOperationException(); }
    public StreamTaskListener(@NonNull File out, @CheckForNull Charset charset) throws IOException { throw new UnsupportedOperationException(); }
    public StreamTaskListener(@NonNull File out, boolean append, @CheckForNull Charset charset) throws IOException { throw new UnsupportedOperationException(); }
    public StreamTaskListener(@NonNull Writer w) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public StreamTaskListener() throws IOException { throw new UnsupportedOperationException(); }
    public static StreamTaskListener fromStdout() { throw new UnsupportedOperationException(); }
    public static StreamTaskListener fromStderr() { throw new UnsupportedOperationException(); }
    public PrintStream getLogger() { throw new UnsupportedOperationException(); }
    public Charset getCharset() { throw new UnsupportedOperationException(); }
    public void close() throws IOException { throw new UnsupportedOperationException(); }
    public void closeQuietly() { throw new UnsupportedOperationException(); }
}
