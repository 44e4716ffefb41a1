// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Executor.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.FilePath;
import hudson.model.Queue.Executable;
import hudson.model.queue.WorkUnit;
import java.util.Collection;
import jenkins.model.CauseOfInterruption;
import jenkins.model.IExecutor;
import jenkins.model.queue.AsynchronousExecution;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public class Executor extends Thread implements ModelObject, IExecutor {
    @NonNull protected final Computer owner;
    public Executor(@NonNull Computer owner, int n) { throw new UnsupportedOperationException(); }
    public void interrupt() { throw new UnsupportedOperationException(); }
    public void interrupt(Result result) { throw new UnsupportedOperationException(); }
    public void interrupt(Result result, CauseOfInterruption... causes) { throw new UnsupportedOperationException(); }
    public Result abortResult() { throw new UnsupportedOperationException(); }
    public void recordCauseOfInterruption(Run<?, ?> build, TaskListener listener) { throw new UnsupportedOperationException(); }
    public void run() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public void completedAsynchronous(@CheckForNull Throwable error) { throw new UnsupportedOperationException(); }
    @CheckForNull public Queue.Executable getCurrentExecutable() { throw new UnsupportedOperationException(); }
    @Exported(name = "currentExecutable") @Restricted(DoNotUse.class) public Queue.Executable getCurrentExecutableForApi() { throw new UnsupportedOperationException(); }
    @NonNull public Collection<CauseOfInterruption> getCausesOfInterruption() { throw new UnsupportedOperationException(); }
    @CheckForNull public WorkUnit getCurrentWorkUnit() { throw new UnsupportedOperationException(); }
    public FilePath getCurrentWorkspace() { throw new UnsupportedOperationException(); }
    public String getDisplayName() { throw new UnsupportedOperationException(); }
    @Exported public int getNumber() { throw new UnsupportedOperationException(); }
    @Exported public boolean isIdle() { throw new UnsupportedOperationException(); }
    public boolean isBusy() { throw new UnsupportedOperationException(); }
    public boolean isActive() { throw new UnsupportedOperationException(); }
    @CheckForNull public AsynchronousExecution getAsynchronousExecution() { throw new UnsupportedOperationException(); }
    public boolean isDisplayCell() { throw new UnsupportedOperationException(); }
    public boolean isParking() { throw new UnsupportedOperationException(); }
    @Deprecated @CheckForNull public Throwable getCauseOfDeath() { throw new UnsupportedOperationException(); }
    @Exported public int getProgress() { throw new UnsupportedOperationException(); }
    @Exported public boolean isLikelyStuck() { throw new UnsupportedOperationException(); }
    public long getElapsedTime() { throw new UnsupportedOperationException(); }
    public long getTimeSpentInQueue() { throw new UnsupportedOperationException(); }
    public String getEstimatedRemainingTime() { throw new UnsupportedOperationException(); }
    public long getEstimatedRemainingTimeMillis() { throw new UnsupportedOperationException(); }
    public void start() { throw new UnsupportedOperationException(); }
    public boolean hasStopPermission() { throw new UnsupportedOperationException(); }
    @NonNull public Computer getOwner() { throw new UnsupportedOperationException(); }
    public long getIdleStartMilliseconds() { throw new UnsupportedOperationException(); }
    public <T> T newImpersonatingProxy(Class<T> type, T core) { throw new UnsupportedOperationException(); }
    @CheckForNull public static Executor currentExecutor() { throw new UnsupportedOperationException(); }
    @CheckForNull public static Executor of(Executable executable) { throw new UnsupportedOperationException(); }
    @Deprecated public static long getEstimatedDurationFor(Executable e) { throw new UnsupportedOperationException(); }
}
