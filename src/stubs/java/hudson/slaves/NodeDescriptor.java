// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/slaves/NodeDescriptor.java.
package hudson.slaves;

import hudson.DescriptorExtensionList;
import hudson.model.Descriptor;
import hudson.model.Node;
import java.util.List;

public abstract class NodeDescriptor extends Descriptor<Node> {
    protected NodeDescriptor(Class<? extends Node> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected NodeDescriptor() { super(); throw new UnsupportedOperationException(); }
    public boolean isInstantiable() { throw new UnsupportedOperationException(); }
    public final String newInstanceDetailPage() { throw new UnsupportedOperationException(); }
    public String getConfigPage() { throw new UnsupportedOperationException(); }
    public static DescriptorExtensionList<Node, NodeDescriptor> all() { throw new UnsupportedOperationException(); }
    public static List<NodeDescriptor> allInstantiable() { throw new UnsupportedOperationException(); }
}
