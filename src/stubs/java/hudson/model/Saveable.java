// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Saveable.java.
package hudson.model;

import java.io.IOException;

public interface Saveable {
    void save() throws IOException;
    Saveable NOOP = null;
}
