// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/ParameterizedJobMixIn.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.BuildAuthorizationToken;
import hudson.model.BuildableItem;
import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.QueueTaskFuture;
import hudson.triggers.Trigger;
import java.io.IOException;
import jenkins.triggers.TriggeredItem;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.accmod.restrictions.ProtectedExternally;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class ParameterizedJobMixIn<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> {
    protected abstract JobT asJob();
    public final boolean scheduleBuild() { throw new UnsupportedOperationException(); }
    public final boolean scheduleBuild(Cause c) { throw new UnsupportedOperationException(); }
    public final boolean scheduleBuild(int quietPeriod) { throw new UnsupportedOperationException(); }
    public final boolean scheduleBuild(int quietPeriod, Cause c) { throw new UnsupportedOperationException(); }
    @CheckForNull public final QueueTaskFuture<RunT> scheduleBuild2(int quietPeriod, Action... actions) { throw new UnsupportedOperationException(); }
    @CheckForNull public static Queue.Item scheduleBuild2(Job<?, ?> job, int quietPeriod, Action... actions) { throw new UnsupportedOperationException(); }
    public final boolean isParameterized() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static CauseAction getBuildCause(ParameterizedJob job, StaplerRequest2 req) { throw new UnsupportedOperationException(); }
    public final String getBuildNowText() { throw new UnsupportedOperationException(); }
    @CheckForNull public static <T extends Trigger<?>> T getTrigger(Job<?, ?> job, Class<T> clazz) { throw new UnsupportedOperationException(); }
    public interface ParameterizedJob<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> extends BuildableItem, TriggeredItem {
        default ParameterizedJobMixIn<JobT, RunT> getParameterizedJobMixIn() { throw new UnsupportedOperationException(); }
        @CheckForNull BuildAuthorizationToken getAuthToken();
        default int getQuietPeriod() { throw new UnsupportedOperationException(); }
        default String getBuildNowText() { throw new UnsupportedOperationException(); }
        default boolean scheduleBuild(Cause c) { throw new UnsupportedOperationException(); }
        default boolean scheduleBuild(int quietPeriod, Cause c) { throw new UnsupportedOperationException(); }
        @CheckForNull default QueueTaskFuture<RunT> scheduleBuild2(int quietPeriod, Action... actions) { throw new UnsupportedOperationException(); }
        default boolean isParameterized() { throw new UnsupportedOperationException(); }
        default boolean isDisabled() { throw new UnsupportedOperationException(); }
        @Restricted(ProtectedExternally.class) default void setDisabled(boolean disabled) { throw new UnsupportedOperationException(); }
        default boolean supportsMakeDisabled() { throw new UnsupportedOperationException(); }
        default void makeDisabled(boolean b) throws IOException { throw new UnsupportedOperationException(); }
        default RunT createExecutable() throws IOException { throw new UnsupportedOperationException(); }
        default boolean isBuildable() { throw new UnsupportedOperationException(); }
    }
}
