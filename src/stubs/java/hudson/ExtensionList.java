// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/ExtensionList.java.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
    @CheckForNull public final Jenkins jenkins;
    public final Class<T> extensionType;
    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) { throw new UnsupportedOperationException(); }
    @Deprecated protected ExtensionList(Jenkins jenkins, Class<T> extensionType, CopyOnWriteArrayList<ExtensionComponent<T>> legacyStore) { throw new UnsupportedOperationException(); }
    @CheckForNull public <U extends T> U get(@NonNull Class<U> type) { throw new UnsupportedOperationException(); }
    @NonNull public <U extends T> U getInstance(@NonNull Class<U> type) throws IllegalStateException { throw new UnsupportedOperationException(); }
    @NonNull public Iterator<T> iterator() { throw new UnsupportedOperationException(); }
    public List<ExtensionComponent<T>> getComponents() { throw new UnsupportedOperationException(); }
    public T get(int index) { throw new UnsupportedOperationException(); }
    public int size() { throw new UnsupportedOperationException(); }
    public List<T> reverseView() { throw new UnsupportedOperationException(); }
    public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    public boolean removeAll(Collection<?> c) { throw new UnsupportedOperationException(); }
    public final synchronized T remove(int index) { throw new UnsupportedOperationException(); }
    @Deprecated public boolean add(T t) { throw new UnsupportedOperationException(); }
    public void add(int index, T element) { throw new UnsupportedOperationException(); }
    public T getDynamic(String className) { throw new UnsupportedOperationException(); }
    protected Object getLoadLock() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public void fireOnChangeListeners() { throw new UnsupportedOperationException(); }
    protected List<ExtensionComponent<T>> load() { throw new UnsupportedOperationException(); }
    protected List<ExtensionComponent<T>> sort(List<ExtensionComponent<T>> r) { throw new UnsupportedOperationException(); }
    public static <T> ExtensionList<T> create(Jenkins jenkins, Class<T> type) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> ExtensionList<T> lookup(Class<T> type) { throw new UnsupportedOperationException(); }
    @NonNull public static <U> U lookupSingleton(Class<U> type) { throw new UnsupportedOperationException(); }
    @NonNull public static <U> U lookupFirst(Class<U> type) { throw new UnsupportedOperationException(); }
    @Deprecated public static void clearLegacyInstances() { throw new UnsupportedOperationException(); }
}
