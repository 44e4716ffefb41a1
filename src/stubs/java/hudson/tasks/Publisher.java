// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/tasks/Publisher.java.
package hudson.tasks;

import hudson.DescriptorExtensionList;
import hudson.ExtensionComponent;
import hudson.model.Describable;
import hudson.model.Descriptor;
import java.util.List;
import jenkins.model.Jenkins;

public abstract class Publisher extends BuildStepCompatibilityLayer implements Describable<Publisher> {
    @Deprecated protected Publisher() { throw new UnsupportedOperationException(); }
    public boolean needsToRunAfterFinalized() { throw new UnsupportedOperationException(); }
    public Descriptor<Publisher> getDescriptor() { throw new UnsupportedOperationException(); }
    public static DescriptorExtensionList<Publisher, Descriptor<Publisher>> all() { throw new UnsupportedOperationException(); }
    public static final class DescriptorExtensionListImpl extends DescriptorExtensionList<Publisher, Descriptor<Publisher>> {
        public DescriptorExtensionListImpl(Jenkins hudson) { super(null, null); throw new UnsupportedOperationException(); }
        protected List<ExtensionComponent<Descriptor<Publisher>>> sort(List<ExtensionComponent<Descriptor<Publisher>>> r) { throw new UnsupportedOperationException(); }
    }
}
