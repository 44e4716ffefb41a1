// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/tasks/Notifier.java.
package hudson.tasks;

import hudson.ExtensionPoint;

public abstract class Notifier extends Publisher implements ExtensionPoint {
    protected Notifier() { super(); throw new UnsupportedOperationException(); }
    public BuildStepDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
}
