// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/queue/CauseOfBlockage.java.
package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import org.jvnet.localizer.Localizable;

public abstract class CauseOfBlockage {
    public abstract String getShortDescription();
    public boolean isFatal() { throw new UnsupportedOperationException(); }
    public void print(TaskListener listener) { throw new UnsupportedOperationException(); }
    public static CauseOfBlockage fromMessage(@NonNull Localizable l) { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    public static CauseOfBlockage createNeedsMoreExecutor(Localizable l) { throw new UnsupportedOperationException(); }
}
