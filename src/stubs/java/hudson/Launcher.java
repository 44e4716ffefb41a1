// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/Launcher.java.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Proc.ProcWithJenkins23271Patch;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.remoting.Channel;
import hudson.remoting.VirtualChannel;
import hudson.util.ArgumentListBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public abstract class Launcher {
    @NonNull protected final TaskListener listener;
    @CheckForNull protected final VirtualChannel channel;
    protected Launcher(@NonNull TaskListener listener, @CheckForNull VirtualChannel channel) { throw new UnsupportedOperationException(); }
    protected Launcher(@NonNull Launcher launcher) { throw new UnsupportedOperationException(); }
    @CheckForNull public VirtualChannel getChannel() { throw new UnsupportedOperationException(); }
    @NonNull public TaskListener getListener() { throw new UnsupportedOperationException(); }
    @Deprecated @CheckForNull public Computer getComputer() { throw new UnsupportedOperationException(); }
    @NonNull public final ProcStarter launch() { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String cmd, Map<String, String> env, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String[] cmd, Map<String, String> env, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String[] cmd, Map<String, String> env, InputStream in, OutputStream out) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String[] cmd, boolean[] mask, Map<String, String> env, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String[] cmd, boolean[] mask, Map<String, String> env, InputStream in, OutputStream out) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String cmd, String[] env, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String[] cmd, String[] env, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String[] cmd, String[] env, InputStream in, OutputStream out) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String[] cmd, boolean[] mask, String[] env, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public final Proc launch(String[] cmd, boolean[] mask, String[] env, InputStream in, OutputStream out) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public Proc launch(String[] cmd, String[] env, InputStream in, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public Proc launch(String[] cmd, boolean[] mask, String[] env, InputStream in, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
    public abstract Proc launch(@NonNull ProcStarter starter) throws IOException;
    public abstract Channel launchChannel(@NonNull String[] cmd, @NonNull OutputStream out, @CheckForNull FilePath workDir, @NonNull Map<String, String> envVars) throws IOException, InterruptedException;
    public boolean isUnix() { throw new UnsupportedOperationException(); }
    public abstract void kill(Map<String, String> modelEnvVars) throws IOException, InterruptedException;
    protected final void printCommandLine(@NonNull String[] cmd, @CheckForNull FilePath workDir) { throw new UnsupportedOperationException(); }
    protected final void maskedPrintCommandLine(@NonNull List<String> cmd, @CheckForNull boolean[] mask, @CheckForNull FilePath workDir) { throw new UnsupportedOperationException(); }
    protected final void maskedPrintCommandLine(@NonNull String[] cmd, @NonNull boolean[] mask, @CheckForNull FilePath workDir) { throw new UnsupportedOperationException(); }
    @NonNull public final Launcher decorateFor(@NonNull Node node) { throw new UnsupportedOperationException(); }
    @NonNull public final Launcher decorateByPrefix(String... prefix) { throw new UnsupportedOperationException(); }
    @NonNull public final Launcher decorateByEnv(@NonNull EnvVars _env) { throw new UnsupportedOperationException(); }
    public static boolean showFullPath;
    public final class ProcStarter {
        protected List<String> commands;
        @CheckForNull protected boolean[] masks;
        @CheckForNull protected FilePath pwd;
        @CheckForNull protected OutputStream stdout;
        @CheckForNull protected OutputStream stderr;
        @CheckForNull protected InputStream stdin;
        @CheckForNull protected String[] envs;
        protected boolean reverseStdin;
        protected boolean reverseStdout;
        protected boolean reverseStderr;
        public ProcStarter cmdAsSingleString(String s) { throw new UnsupportedOperationException(); }
        public ProcStarter cmds(String... args) { throw new UnsupportedOperationException(); }
        public ProcStarter cmds(File program, String... args) { throw new UnsupportedOperationException(); }
        public ProcStarter cmds(List<String> args) { throw new UnsupportedOperationException(); }
        public ProcStarter cmds(ArgumentListBuilder args) { throw new UnsupportedOperationException(); }
        public List<String> cmds() { throw new UnsupportedOperationException(); }
        public ProcStarter masks(@CheckForNull boolean... masks) { throw new UnsupportedOperationException(); }
        @CheckForNull public boolean[] masks() { throw new UnsupportedOperationException(); }
        public ProcStarter quiet(boolean quiet) { throw new UnsupportedOperationException(); }
        public boolean quiet() { throw new UnsupportedOperationException(); }
        public ProcStarter pwd(@CheckForNull FilePath workDir) { throw new UnsupportedOperationException(); }
        public ProcStarter pwd(@NonNull File workDir) { throw new UnsupportedOperationException(); }
        public ProcStarter pwd(@NonNull String workDir) { throw new UnsupportedOperationException(); }
        @CheckForNull public FilePath pwd() { throw new UnsupportedOperationException(); }
        public ProcStarter stdout(@CheckForNull OutputStream out) { throw new UnsupportedOperationException(); }
        public ProcStarter stdout(@NonNull TaskListener out) { throw new UnsupportedOperationException(); }
        @CheckForNull public OutputStream stdout() { throw new UnsupportedOperationException(); }
        public ProcStarter stderr(@CheckForNull OutputStream err) { throw new UnsupportedOperationException(); }
        @CheckForNull public OutputStream stderr() { throw new UnsupportedOperationException(); }
        @NonNull public ProcStarter stdin(@CheckForNull InputStream in) { throw new UnsupportedOperationException(); }
        @CheckForNull public InputStream stdin() { throw new UnsupportedOperationException(); }
        public ProcStarter envs(@NonNull Map<String, String> overrides) { throw new UnsupportedOperationException(); }
        public ProcStarter envs(@CheckForNull String... overrides) { throw new UnsupportedOperationException(); }
        @NonNull public String[] envs() { throw new UnsupportedOperationException(); }
        public ProcStarter readStdout() { throw new UnsupportedOperationException(); }
        public ProcStarter readStderr() { throw new UnsupportedOperationException(); }
        public ProcStarter writeStdin() { throw new UnsupportedOperationException(); }
        public Proc start() throws IOException { throw new UnsupportedOperationException(); }
        public int join() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        @NonNull public ProcStarter copy() { throw new UnsupportedOperationException(); }
    }
    public static class LocalLauncher extends Launcher {
        public LocalLauncher(@NonNull TaskListener listener) { super(null, null); throw new UnsupportedOperationException(); }
        public LocalLauncher(TaskListener listener, VirtualChannel channel) { super(listener, channel); throw new UnsupportedOperationException(); }
        public Proc launch(ProcStarter ps) throws IOException { throw new UnsupportedOperationException(); }
        public Channel launchChannel(String[] cmd, OutputStream out, FilePath workDir, Map<String, String> envVars) throws IOException { throw new UnsupportedOperationException(); }
        public void kill(Map<String, String> modelEnvVars) throws InterruptedException { throw new UnsupportedOperationException(); }
        public Channel launchChannel(OutputStream out, ProcessBuilder pb) throws IOException { throw new UnsupportedOperationException(); }
    }
    @Restricted(NoExternalUse.class) public static class DummyLauncher extends Launcher {
        public DummyLauncher(@NonNull TaskListener listener) { super(null, null); throw new UnsupportedOperationException(); }
        public Proc launch(ProcStarter starter) throws IOException { throw new UnsupportedOperationException(); }
        public Channel launchChannel(String[] cmd, OutputStream out, FilePath workDir, Map<String, String> envVars) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public void kill(Map<String, String> modelEnvVars) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    }
    public static class RemoteLauncher extends Launcher {
        public RemoteLauncher(@NonNull TaskListener listener, @NonNull VirtualChannel channel, boolean isUnix) { super(listener, channel); throw new UnsupportedOperationException(); }
        @NonNull public VirtualChannel getChannel() { throw new UnsupportedOperationException(); }
        public Proc launch(ProcStarter ps) throws IOException { throw new UnsupportedOperationException(); }
        public Channel launchChannel(String[] cmd, OutputStream err, FilePath _workDir, Map<String, String> envOverrides) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public boolean isUnix() { throw new UnsupportedOperationException(); }
        public void kill(Map<String, String> modelEnvVars) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public String toString() { throw new UnsupportedOperationException(); }
        public static final class ProcImpl extends Proc implements ProcWithJenkins23271Patch {
            public ProcImpl(RemoteProcess process) { super(); throw new UnsupportedOperationException(); }
            public void kill() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
            public int join() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
            public boolean isAlive() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
            public InputStream getStdout() { throw new UnsupportedOperationException(); }
            public InputStream getStderr() { throw new UnsupportedOperationException(); }
            public OutputStream getStdin() { throw new UnsupportedOperationException(); }
        }
    }
    public static class DecoratedLauncher extends Launcher {
        public DecoratedLauncher(@NonNull Launcher inner) { super(inner); throw new UnsupportedOperationException(); }
        public Proc launch(ProcStarter starter) throws IOException { throw new UnsupportedOperationException(); }
        public Channel launchChannel(String[] cmd, OutputStream out, FilePath workDir, Map<String, String> envVars) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public void kill(Map<String, String> modelEnvVars) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public boolean isUnix() { throw new UnsupportedOperationException(); }
        public Proc launch(String[] cmd, boolean[] mask, String[] env, InputStream in, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
        public Computer getComputer() { throw new UnsupportedOperationException(); }
        public TaskListener getListener() { throw new UnsupportedOperationException(); }
        public String toString() { throw new UnsupportedOperationException(); }
        public VirtualChannel getChannel() { throw new UnsupportedOperationException(); }
        public Proc launch(String[] cmd, String[] env, InputStream in, OutputStream out, FilePath workDir) throws IOException { throw new UnsupportedOperationException(); }
        @NonNull public Launcher getInner() { throw new UnsupportedOperationException(); }
    }
    public static class IOTriplet implements Serializable {
    }
    public interface RemoteProcess {
        int join() throws InterruptedException, IOException;
        void kill() throws IOException, InterruptedException;
        boolean isAlive() throws IOException, InterruptedException;
        @NonNull IOTriplet getIOtriplet();
    }
}
