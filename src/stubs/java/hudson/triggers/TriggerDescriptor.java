// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/triggers/TriggerDescriptor.java.
package hudson.triggers;

import hudson.model.Descriptor;
import hudson.model.Item;

public abstract class TriggerDescriptor extends Descriptor<Trigger<?>> {
    protected TriggerDescriptor(Class<? extends Trigger<?>> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected TriggerDescriptor() { super(); throw new UnsupportedOperationException(); }
    public abstract boolean isApplicable(Item item);
}
