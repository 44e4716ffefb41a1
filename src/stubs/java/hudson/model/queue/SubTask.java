// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/queue/SubTask.java.
package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.ResourceActivity;
import java.io.IOException;
import jenkins.model.queue.ITask;

public interface SubTask extends ResourceActivity, ITask {
    default Label getAssignedLabel() { throw new UnsupportedOperationException(); }
    @Deprecated default Node getLastBuiltOn() { throw new UnsupportedOperationException(); }
    default long getEstimatedDuration() { throw new UnsupportedOperationException(); }
    @CheckForNull Queue.Executable createExecutable() throws IOException;
    @NonNull default Queue.Task getOwnerTask() { throw new UnsupportedOperationException(); }
    @CheckForNull default Queue.Executable getOwnerExecutable() { throw new UnsupportedOperationException(); }
    default Object getSameNodeConstraint() { throw new UnsupportedOperationException(); }
    default String getUrl() { throw new UnsupportedOperationException(); }
}
