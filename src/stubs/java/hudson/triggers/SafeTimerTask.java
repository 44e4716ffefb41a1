// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/triggers/SafeTimerTask.java.
package hudson.triggers;

import java.io.File;
import java.util.TimerTask;

public abstract class SafeTimerTask extends TimerTask {
    public static SafeTimerTask of(ExceptionRunnable r) { throw new UnsupportedOperationException(); }
    public final void run() { throw new UnsupportedOperationException(); }
    protected abstract void doRun() throws Exception;
    public static File getLogsRoot() { throw new UnsupportedOperationException(); }
    @FunctionalInterface public interface ExceptionRunnable {
        void run() throws Exception;
    }
}
