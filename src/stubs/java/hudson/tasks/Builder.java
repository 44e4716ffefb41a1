// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/tasks/Builder.java.
package hudson.tasks;

import hudson.DescriptorExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;

public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {
    public BuildStepMonitor getRequiredMonitorService() { throw new UnsupportedOperationException(); }
    public Descriptor<Builder> getDescriptor() { throw new UnsupportedOperationException(); }
    public static DescriptorExtensionList<Builder, Descriptor<Builder>> all() { throw new UnsupportedOperationException(); }
}
