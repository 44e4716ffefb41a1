// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/queue/AsynchronousExecution.java.
package jenkins.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Executor;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public abstract class AsynchronousExecution extends RuntimeException {
    protected AsynchronousExecution() { throw new UnsupportedOperationException(); }
    public abstract void interrupt(boolean forShutdown);
    public abstract boolean blocksRestart();
    public abstract boolean displayCell();
    @CheckForNull public final synchronized Executor getExecutor() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public final synchronized void setExecutorWithoutCompleting(@NonNull Executor executor) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public final synchronized void maybeComplete() { throw new UnsupportedOperationException(); }
    public final synchronized void completed(@CheckForNull Throwable error) { throw new UnsupportedOperationException(); }
}
