// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/StreamBuildListener.java.
package hudson.model;

import hudson.util.StreamTaskListener;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

public class StreamBuildListener extends StreamTaskListener implements BuildListener {
    public StreamBuildListener(OutputStream out, Charset charset) { super(out, charset); throw new UnsupportedOperationException(); }
    public StreamBuildListener(File out, Charset charset) throws IOException { super(out, charset); throw new UnsupportedOperationException(); }
    @Deprecated public StreamBuildListener(OutputStream w) { super(w); throw new UnsupportedOperationException(); }
    @Deprecated public StreamBuildListener(PrintStream w) { super(w); throw new UnsupportedOperationException(); }
    public StreamBuildListener(PrintStream w, Charset charset) { super((java.io.OutputStream) w, charset); throw new UnsupportedOperationException(); }
}
