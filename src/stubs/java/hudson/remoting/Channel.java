// Compile-only stand-in; signatures from jenkinsci+remoting @ 3355.v388858a_47b_33 : src/main/java/hudson/remoting/Channel.java.
package hudson.remoting;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;

public class Channel implements VirtualChannel, IChannel, Closeable {
    @Deprecated public Channel(String name, ExecutorService exec, InputStream is, OutputStream os) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public Channel(String name, ExecutorService exec, Mode mode, InputStream is, OutputStream os) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public Channel(String name, ExecutorService exec, InputStream is, OutputStream os, OutputStream header) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public Channel(String name, ExecutorService exec, Mode mode, InputStream is, OutputStream os, OutputStream header) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public Channel(String name, ExecutorService exec, Mode mode, InputStream is, OutputStream os, OutputStream header, boolean restricted) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public Channel(String name, ExecutorService exec, Mode mode, InputStream is, OutputStream os, OutputStream header, boolean restricted, ClassLoader base) throws IOException { throw new UnsupportedOperationException(); }
    public <T> T export(Class<T> type, T instance) { throw new UnsupportedOperationException(); }
    public <V, T extends Throwable> V call(Callable<V, T> callable) throws IOException, T, InterruptedException { throw new UnsupportedOperationException(); }
    public <V, T extends Throwable> Future<V> callAsync(Callable<V, T> callable) throws IOException { throw new UnsupportedOperationException(); }
    public synchronized void join() throws InterruptedException { throw new UnsupportedOperationException(); }
    public synchronized void join(long timeout) throws InterruptedException { throw new UnsupportedOperationException(); }
    public void close() throws IOException { throw new UnsupportedOperationException(); }
    public void close(@CheckForNull Throwable diagnosis) throws IOException { throw new UnsupportedOperationException(); }
    public Object getProperty(Object key) { throw new UnsupportedOperationException(); }
    @NonNull public Object waitForProperty(@NonNull Object key) throws InterruptedException { throw new UnsupportedOperationException(); }
    public void syncLocalIO() throws InterruptedException { throw new UnsupportedOperationException(); }
    public enum Mode {
        BINARY, TEXT, NEGOTIATE;
        protected OutputStream wrap(OutputStream os) { throw new UnsupportedOperationException(); }
        protected InputStream wrap(InputStream is) { throw new UnsupportedOperationException(); }
    }
    public abstract static class Listener {
        public void onClosed(Channel channel, IOException cause) { throw new UnsupportedOperationException(); }
        public void onJar(Channel channel, File jar) { throw new UnsupportedOperationException(); }
    }
}
