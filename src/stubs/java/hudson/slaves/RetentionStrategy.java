// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/slaves/RetentionStrategy.java.
package hudson.slaves;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.DescriptorExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Computer;
import hudson.model.Describable;
import hudson.model.Descriptor;
import net.jcip.annotations.GuardedBy;

public abstract class RetentionStrategy<T extends Computer> implements Describable<RetentionStrategy<?>>, ExtensionPoint {
    @GuardedBy("hudson.model.Queue.lock") public abstract long check(@NonNull T c);
    public boolean isManualLaunchAllowed(T c) { throw new UnsupportedOperationException(); }
    public boolean isAcceptingTasks(T c) { throw new UnsupportedOperationException(); }
    public void start(@NonNull T c) { throw new UnsupportedOperationException(); }
    public static DescriptorExtensionList<RetentionStrategy<?>, Descriptor<RetentionStrategy<?>>> all() { throw new UnsupportedOperationException(); }
    public static final RetentionStrategy<Computer> NOOP = null;
}
