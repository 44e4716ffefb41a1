// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/Named.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;

public interface Named {
    @NonNull String getName();
}
