// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/AsyncPeriodicWork.java.
package hudson.model;

import hudson.util.StreamTaskListener;
import java.io.File;
import java.io.IOException;
import java.util.logging.Level;

public abstract class AsyncPeriodicWork extends PeriodicWork {
    public final String name;
    protected AsyncPeriodicWork(String name) { throw new UnsupportedOperationException(); }
    public final void doRun() { throw new UnsupportedOperationException(); }
    protected StreamTaskListener createListener() { throw new UnsupportedOperationException(); }
    protected File getLogFile() { throw new UnsupportedOperationException(); }
    protected Level getNormalLoggingLevel() { throw new UnsupportedOperationException(); }
    protected Level getSlowLoggingLevel() { throw new UnsupportedOperationException(); }
    protected Level getErrorLoggingLevel() { throw new UnsupportedOperationException(); }
    protected abstract void execute(TaskListener listener) throws IOException, InterruptedException;
    protected boolean queueIfAlreadyRunning() { throw new UnsupportedOperationException(); }
}
