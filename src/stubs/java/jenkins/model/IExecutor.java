// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/IExecutor.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Queue;
import hudson.model.queue.WorkUnit;
import jenkins.model.queue.ITask;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

@Restricted(Beta.class) public interface IExecutor {
    boolean isIdle();
    IComputer getOwner();
    @CheckForNull Queue.Executable getCurrentExecutable();
    @CheckForNull WorkUnit getCurrentWorkUnit();
    String getDisplayName();
    @CheckForNull default ITask getParentTask() { throw new UnsupportedOperationException(); }
    boolean hasStopPermission();
    int getNumber();
    long getElapsedTime();
    default String getTimestampString() { throw new UnsupportedOperationException(); }
    String getEstimatedRemainingTime();
    boolean isLikelyStuck();
    int getProgress();
}
