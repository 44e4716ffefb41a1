// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/Proc.java.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public abstract class Proc {
    protected Proc() { throw new UnsupportedOperationException(); }
    public abstract boolean isAlive() throws IOException, InterruptedException;
    public abstract void kill() throws IOException, InterruptedException;
    public abstract int join() throws IOException, InterruptedException;
    @CheckForNull public abstract InputStream getStdout();
    @CheckForNull public abstract InputStream getStderr();
    @CheckForNull public abstract OutputStream getStdin();
    public final int joinWithTimeout(long timeout, TimeUnit unit, TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public static boolean SHOW_PID;
    public static final class LocalProc extends Proc {
        public LocalProc(String cmd, Map<String, String> env, OutputStream out, File workDir) throws IOException { super(); throw new UnsupportedOperationException(); }
        public LocalProc(String[] cmd, Map<String, String> env, InputStream in, OutputStream out) throws IOException { super(); throw new UnsupportedOperationException(); }
        public LocalProc(String cmd, String[] env, OutputStream out, File workDir) throws IOException { super(); throw new UnsupportedOperationException(); }
        public LocalProc(String[] cmd, String[] env, OutputStream out, File workDir) throws IOException { super(); throw new UnsupportedOperationException(); }
        public LocalProc(String[] cmd, String[] env, InputStream in, OutputStream out) throws IOException { super(); throw new UnsupportedOperationException(); }
        public LocalProc(String[] cmd, String[] env, InputStream in, OutputStream out, File workDir) throws IOException { super(); throw new UnsupportedOperationException(); }
        public LocalProc(String[] cmd, String[] env, InputStream in, OutputStream out, OutputStream err, File workDir) throws IOException { super(); throw new UnsupportedOperationException(); }
        private LocalProc(String name, ProcessBuilder procBuilder, InputStream in, OutputStream out, OutputStream err) throws IOException { super(); throw new UnsupportedOperationException(); }
        public InputStream getStdout() { throw new UnsupportedOperationException(); }
        public InputStream getStderr() { throw new UnsupportedOperationException(); }
        public OutputStream getStdin() { throw new UnsupportedOperationException(); }
        public int join() throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
        public boolean isAlive() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public void kill() throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
        public static final InputStream SELFPUMP_INPUT = null;
        public static final OutputStream SELFPUMP_OUTPUT = null;
    }
    @Deprecated public static final class RemoteProc extends Proc implements ProcWithJenkins23271Patch {
        public RemoteProc(Future<Integer> process) { super(); throw new UnsupportedOperationException(); }
        public void kill() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public int join() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public boolean isAlive() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public InputStream getStdout() { throw new UnsupportedOperationException(); }
        public InputStream getStderr() { throw new UnsupportedOperationException(); }
        public OutputStream getStdin() { throw new UnsupportedOperationException(); }
    }
    @Restricted(NoExternalUse.class) public interface ProcWithJenkins23271Patch {
    }
}
