// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/queue/WorkUnit.java.
package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Executor;
import hudson.model.Queue.Executable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public final class WorkUnit {
    private WorkUnit() { throw new UnsupportedOperationException(); }
    public final SubTask work;
    @CheckForNull public Executor getExecutor() { throw new UnsupportedOperationException(); }
    public void setExecutor(@CheckForNull Executor e) { throw new UnsupportedOperationException(); }
    @CheckForNull public Executable getExecutable() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public void setExecutable(Executable executable) { throw new UnsupportedOperationException(); }
    public boolean isMainWork() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
}
