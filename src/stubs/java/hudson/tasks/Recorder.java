// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/tasks/Recorder.java.
package hudson.tasks;

import hudson.ExtensionPoint;

public abstract class Recorder extends Publisher implements ExtensionPoint {
    protected Recorder() { super(); throw new UnsupportedOperationException(); }
    public BuildStepDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
}
