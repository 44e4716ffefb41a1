// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/Loadable.java.
package jenkins.model;

import java.io.IOException;

public interface Loadable {
    void load() throws IOException;
}
