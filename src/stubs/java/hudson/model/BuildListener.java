// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/BuildListener.java.
package hudson.model;

import java.util.List;

public interface BuildListener extends TaskListener {
    default void started(List<Cause> causes) { throw new UnsupportedOperationException(); }
    default void finished(Result result) { throw new UnsupportedOperationException(); }
}
