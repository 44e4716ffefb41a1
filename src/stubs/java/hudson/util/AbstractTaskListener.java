// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/AbstractTaskListener.java.
package hudson.util;

import hudson.RestrictedSince;
import hudson.model.TaskListener;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

@Deprecated @Restricted(NoExternalUse.class) @RestrictedSince("2.91") public abstract class AbstractTaskListener implements TaskListener {
}
