// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/TransientProjectActionFactory.java.
package hudson.model;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import java.util.Collection;

public abstract class TransientProjectActionFactory implements ExtensionPoint {
    public abstract Collection<? extends Action> createFor(AbstractProject target);
    public static ExtensionList<TransientProjectActionFactory> all() { throw new UnsupportedOperationException(); }
}
