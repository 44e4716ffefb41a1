// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/TransientActionFactory.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public abstract class TransientActionFactory<T> implements ExtensionPoint {
    public abstract Class<T> type();
    public Class<? extends Action> actionType() { throw new UnsupportedOperationException(); }
    @NonNull public abstract Collection<? extends Action> createFor(@NonNull T target);
    @Restricted(NoExternalUse.class) public static Iterable<? extends TransientActionFactory<?>> factoriesFor(Class<?> type, Class<? extends Action> actionType) { throw new UnsupportedOperationException(); }
}
