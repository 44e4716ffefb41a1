// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/ExtensionComponent.java.
package hudson;

import hudson.model.Describable;

public class ExtensionComponent<T> implements Comparable<ExtensionComponent<T>> {
    public ExtensionComponent(T instance, double ordinal) { throw new UnsupportedOperationException(); }
    public ExtensionComponent(T instance, Extension annotation) { throw new UnsupportedOperationException(); }
    public ExtensionComponent(T instance) { throw new UnsupportedOperationException(); }
    public double ordinal() { throw new UnsupportedOperationException(); }
    public T getInstance() { throw new UnsupportedOperationException(); }
    public boolean isDescriptorOf(Class<? extends Describable> c) { throw new UnsupportedOperationException(); }
    public int compareTo(ExtensionComponent<T> that) { throw new UnsupportedOperationException(); }
}
