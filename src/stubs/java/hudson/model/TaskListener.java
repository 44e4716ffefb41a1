// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/TaskListener.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.ProtectedExternally;

public interface TaskListener extends SerializableOnlyOverRemoting {
    @NonNull PrintStream getLogger();
    @Restricted(ProtectedExternally.class) @NonNull default Charset getCharset() { throw new UnsupportedOperationException(); }
    default void hyperlink(String url, String text) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull default PrintWriter error(String msg) { throw new UnsupportedOperationException(); }
    @NonNull default PrintWriter error(String format, Object... args) { throw new UnsupportedOperationException(); }
    @NonNull default PrintWriter fatalError(String msg) { throw new UnsupportedOperationException(); }
    @NonNull default PrintWriter fatalError(String format, Object... args) { throw new UnsupportedOperationException(); }
    TaskListener NULL = null;
}
