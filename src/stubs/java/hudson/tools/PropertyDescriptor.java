// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/tools/PropertyDescriptor.java.
package hudson.tools;

import hudson.model.Describable;
import hudson.model.Descriptor;
import java.util.List;

public abstract class PropertyDescriptor<P extends Describable<P>, T> extends Descriptor<P> {
    protected PropertyDescriptor(Class<? extends P> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected PropertyDescriptor() { super(); throw new UnsupportedOperationException(); }
    public boolean isApplicable(Class<? extends T> targetType) { throw new UnsupportedOperationException(); }
    public static <D extends PropertyDescriptor<?, T>, T> List<D> for_(List<D> all, Class<? extends T> target) { throw new UnsupportedOperationException(); }
    public static <D extends PropertyDescriptor<?, T>, T> List<D> for_(List<D> all, T target) { throw new UnsupportedOperationException(); }
}
