// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/DescribableList.java.
package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor.FormException;
import hudson.model.Descriptor;
import hudson.model.Saveable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> extends PersistedList<T> {
    protected DescribableList() { super(); throw new UnsupportedOperationException(); }
    @Deprecated public DescribableList(Owner owner) { super(owner); throw new UnsupportedOperationException(); }
    public DescribableList(Saveable owner) { super(owner); throw new UnsupportedOperationException(); }
    public DescribableList(Saveable owner, Collection<? extends T> initialList) { super(initialList); throw new UnsupportedOperationException(); }
    @Deprecated public void setOwner(Owner owner) { throw new UnsupportedOperationException(); }
    public void replace(T item) throws IOException { throw new UnsupportedOperationException(); }
    public T getDynamic(String id) { throw new UnsupportedOperationException(); }
    public T get(D descriptor) { throw new UnsupportedOperationException(); }
    public boolean contains(D d) { throw new UnsupportedOperationException(); }
    public void remove(D descriptor) throws IOException { throw new UnsupportedOperationException(); }
    public Map<D, T> toMap() { throw new UnsupportedOperationException(); }
    public void rebuild(StaplerRequest2 req, JSONObject json, List<? extends Descriptor<T>> descriptors) throws FormException, IOException { throw new UnsupportedOperationException(); }
    public void rebuildHetero(StaplerRequest2 req, JSONObject formData, Collection<? extends Descriptor<T>> descriptors, String key) throws FormException, IOException { throw new UnsupportedOperationException(); }
    public <U extends T> U get(Class<U> type) { throw new UnsupportedOperationException(); }
    public T[] toArray(T[] array) { throw new UnsupportedOperationException(); }
    @Deprecated public interface Owner extends Saveable {
    }
}
