// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/agents/IOfflineCause.java.
package jenkins.agents;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Date;

public interface IOfflineCause {
    @NonNull default String getComputerIcon() { throw new UnsupportedOperationException(); }
    @NonNull default String getComputerIconAltText() { throw new UnsupportedOperationException(); }
    @NonNull default String getIcon() { throw new UnsupportedOperationException(); }
    @NonNull default String getReason() { throw new UnsupportedOperationException(); }
    @NonNull default String getMessage() { throw new UnsupportedOperationException(); }
    default String getStatusClass() { throw new UnsupportedOperationException(); }
    long getTimestamp();
    @NonNull default Date getTime() { throw new UnsupportedOperationException(); }
}
