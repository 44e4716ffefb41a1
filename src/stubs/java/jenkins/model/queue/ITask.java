// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/queue/ITask.java.
package jenkins.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import jenkins.model.FullyNamedModelObject;

public interface ITask extends FullyNamedModelObject {
    default boolean hasAbortPermission() { throw new UnsupportedOperationException(); }
    default boolean hasReadPermission() { throw new UnsupportedOperationException(); }
    default String getFullDisplayName() { throw new UnsupportedOperationException(); }
    @CheckForNull String getUrl();
}
