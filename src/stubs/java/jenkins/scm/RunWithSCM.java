// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/scm/RunWithSCM.java.
package jenkins.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.User;
import hudson.scm.ChangeLogSet;
import java.util.List;
import java.util.Set;
import org.kohsuke.stapler.export.Exported;

public interface RunWithSCM<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT> & RunWithSCM<JobT, RunT>> {
    @NonNull List<ChangeLogSet<? extends ChangeLogSet.Entry>> getChangeSets();
    @CheckForNull Set<String> getCulpritIds();
    boolean shouldCalculateCulprits();
    @Exported @NonNull default Set<User> getCulprits() { throw new UnsupportedOperationException(); }
    @NonNull default Set<User> calculateCulprits() { throw new UnsupportedOperationException(); }
    default boolean hasParticipant(User user) { throw new UnsupportedOperationException(); }
}
