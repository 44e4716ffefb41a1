// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/PersistenceRoot.java.
package hudson.model;

import java.io.File;

public interface PersistenceRoot extends Saveable {
    File getRootDir();
}
