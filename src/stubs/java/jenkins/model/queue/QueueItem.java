// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/queue/QueueItem.java.
package jenkins.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue;
import jenkins.model.FullyNamedModelObject;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

@Restricted(Beta.class) public interface QueueItem extends FullyNamedModelObject {
    boolean isStuck();
    @NonNull Queue.Task getTask();
    default boolean hasCancelPermission() { throw new UnsupportedOperationException(); }
    long getId();
    @NonNull String getCausesDescription();
    @CheckForNull String getWhy();
    @NonNull String getParams();
    @NonNull String getInQueueForString();
    @CheckForNull default String getDisplayName() { throw new UnsupportedOperationException(); }
    default String getFullDisplayName() { throw new UnsupportedOperationException(); }
}
