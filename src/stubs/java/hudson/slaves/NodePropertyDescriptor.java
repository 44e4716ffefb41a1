// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/slaves/NodePropertyDescriptor.java.
package hudson.slaves;

import hudson.model.Node;
import hudson.tools.PropertyDescriptor;

public abstract class NodePropertyDescriptor extends PropertyDescriptor<NodeProperty<?>, Node> {
    protected NodePropertyDescriptor(Class<? extends NodeProperty<?>> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected NodePropertyDescriptor() { super(); throw new UnsupportedOperationException(); }
    public boolean isApplicableAsGlobal() { throw new UnsupportedOperationException(); }
}
