// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/listeners/RunListener.java.
package hudson.model.listeners;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.Environment;
import hudson.model.Job;
import hudson.model.Run.RunnerAbortedException;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.function.IntPredicate;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

public abstract class RunListener<R extends Run> implements ExtensionPoint {
    public final Class<R> targetType;
    protected RunListener(Class<R> targetType) { throw new UnsupportedOperationException(); }
    protected RunListener() { throw new UnsupportedOperationException(); }
    public void onCompleted(R r, @NonNull TaskListener listener) { throw new UnsupportedOperationException(); }
    public void onFinalized(R r) { throw new UnsupportedOperationException(); }
    public void onInitialize(R r) { throw new UnsupportedOperationException(); }
    public void onStarted(R r, TaskListener listener) { throw new UnsupportedOperationException(); }
    public Environment setUpEnvironment(AbstractBuild build, Launcher launcher, BuildListener listener) throws IOException, InterruptedException, RunnerAbortedException { throw new UnsupportedOperationException(); }
    public void onDeleted(R r) { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public boolean allowLoad(@NonNull Job<?, ?> job, int buildNumber) { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public IntPredicate createLoadAllower(@NonNull Job<?, ?> job) { throw new UnsupportedOperationException(); }
    @Deprecated public void register() { throw new UnsupportedOperationException(); }
    public void unregister() { throw new UnsupportedOperationException(); }
    public static void fireCompleted(Run r, @NonNull TaskListener listener) { throw new UnsupportedOperationException(); }
    public static void fireInitialize(Run r) { throw new UnsupportedOperationException(); }
    public static void fireStarted(Run r, TaskListener listener) { throw new UnsupportedOperationException(); }
    public static void fireFinalized(Run r) { throw new UnsupportedOperationException(); }
    public static void fireDeleted(Run r) { throw new UnsupportedOperationException(); }
    public static ExtensionList<RunListener> all() { throw new UnsupportedOperationException(); }
}
