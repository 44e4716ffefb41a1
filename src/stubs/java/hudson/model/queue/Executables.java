// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/queue/Executables.java.
package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue.Executable;

public class Executables {
    @NonNull public static SubTask getParentOf(@NonNull Executable e) throws Error, RuntimeException { throw new UnsupportedOperationException(); }
    @Deprecated public static long getEstimatedDurationFor(@CheckForNull Executable e) { throw new UnsupportedOperationException(); }
}
