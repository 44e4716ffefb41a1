// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/DescriptorExtensionList.java.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Describable;
import hudson.model.Descriptor.FormException;
import hudson.model.Descriptor;
import java.util.List;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;

public class DescriptorExtensionList<T extends Describable<T>, D extends Descriptor<T>> extends ExtensionList<D> {
    public static <T extends Describable<T>, D extends Descriptor<T>> DescriptorExtensionList<T, D> createDescriptorList(Jenkins jenkins, Class<T> describableType) { throw new UnsupportedOperationException(); }
    protected DescriptorExtensionList(Jenkins jenkins, Class<T> describableType) { super(jenkins, (Class) null); throw new UnsupportedOperationException(); }
    @Deprecated public D find(String fqcn) { throw new UnsupportedOperationException(); }
    public D find(Class<? extends T> type) { throw new UnsupportedOperationException(); }
    @CheckForNull public T newInstanceFromRadioList(JSONObject config) throws FormException { throw new UnsupportedOperationException(); }
    @CheckForNull public T newInstanceFromRadioList(@NonNull JSONObject parent, @NonNull String name) throws FormException { throw new UnsupportedOperationException(); }
    @CheckForNull public D findByName(String id) { throw new UnsupportedOperationException(); }
    public boolean add(D d) { throw new UnsupportedOperationException(); }
    public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    protected Object getLoadLock() { throw new UnsupportedOperationException(); }
    protected List<ExtensionComponent<D>> load() { throw new UnsupportedOperationException(); }
    @Deprecated public static Iterable<Descriptor> listLegacyInstances() { throw new UnsupportedOperationException(); }
    @Deprecated public static void clearLegacyInstances() { throw new UnsupportedOperationException(); }
}
