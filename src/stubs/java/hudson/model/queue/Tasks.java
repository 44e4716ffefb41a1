// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/queue/Tasks.java.
package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue.Item;
import hudson.model.Queue.Task;
import java.util.Collection;
import org.springframework.security.core.Authentication;

public class Tasks {
    @Deprecated public static Collection<? extends SubTask> getSubTasksOf(Task task) { throw new UnsupportedOperationException(); }
    @Deprecated public static Object getSameNodeConstraintOf(SubTask t) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public static Task getOwnerTaskOf(@NonNull SubTask t) { throw new UnsupportedOperationException(); }
    @CheckForNull public static hudson.model.Item getItemOf(@NonNull SubTask t) { throw new UnsupportedOperationException(); }
    @NonNull public static Authentication getAuthenticationOf2(@NonNull Task t) { throw new UnsupportedOperationException(); }
}
