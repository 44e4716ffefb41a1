// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ModifiableViewGroup.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;

public interface ModifiableViewGroup extends ViewGroup {
    void addView(@NonNull View view) throws IOException;
}
