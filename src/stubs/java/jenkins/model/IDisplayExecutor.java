// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/IDisplayExecutor.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

@Restricted(Beta.class) public interface IDisplayExecutor extends ModelObject {
    @NonNull String getUrl();
    @NonNull IExecutor getExecutor();
}
