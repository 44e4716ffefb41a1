// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/CauseOfInterruption.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import hudson.model.User;
import java.io.Serializable;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class CauseOfInterruption implements Serializable {
    @Exported public abstract String getShortDescription();
    public void print(TaskListener listener) { throw new UnsupportedOperationException(); }
    public static final class UserInterruption extends CauseOfInterruption {
        public UserInterruption(@NonNull User user) { throw new UnsupportedOperationException(); }
        public UserInterruption(@NonNull String userId) { throw new UnsupportedOperationException(); }
        @NonNull public String getUserId() { throw new UnsupportedOperationException(); }
        @NonNull public User getUser() { throw new UnsupportedOperationException(); }
        @CheckForNull public User getUserOrNull() { throw new UnsupportedOperationException(); }
        public String getShortDescription() { throw new UnsupportedOperationException(); }
        public void print(TaskListener listener) { throw new UnsupportedOperationException(); }
        public boolean equals(Object o) { throw new UnsupportedOperationException(); }
        public int hashCode() { throw new UnsupportedOperationException(); }
    }
}
