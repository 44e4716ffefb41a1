// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/PersistedList.java.
package hudson.util;

import hudson.model.Saveable;
import java.io.IOException;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

public class PersistedList<T> extends AbstractList<T> {
    protected Saveable owner;
    protected PersistedList() { throw new UnsupportedOperationException(); }
    protected PersistedList(Collection<? extends T> initialList) { throw new UnsupportedOperationException(); }
    public PersistedList(Saveable owner) { throw new UnsupportedOperationException(); }
    public void setOwner(Saveable owner) { throw new UnsupportedOperationException(); }
    public boolean add(T item) { throw new UnsupportedOperationException(); }
    public boolean addAll(Collection<? extends T> items) { throw new UnsupportedOperationException(); }
    public void replaceBy(Collection<? extends T> col) throws IOException { throw new UnsupportedOperationException(); }
    public T get(int index) { throw new UnsupportedOperationException(); }
    public <U extends T> U get(Class<U> type) { throw new UnsupportedOperationException(); }
    public <U extends T> List<U> getAll(Class<U> type) { throw new UnsupportedOperationException(); }
    public int size() { throw new UnsupportedOperationException(); }
    public void remove(Class<? extends T> type) throws IOException { throw new UnsupportedOperationException(); }
    public void replace(T from, T to) throws IOException { throw new UnsupportedOperationException(); }
    public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    public void removeAll(Class<? extends T> type) throws IOException { throw new UnsupportedOperationException(); }
    public void clear() { throw new UnsupportedOperationException(); }
    public Iterator<T> iterator() { throw new UnsupportedOperationException(); }
    protected void onModified() throws IOException { throw new UnsupportedOperationException(); }
    public List<T> toList() { throw new UnsupportedOperationException(); }
    public <X> X[] toArray(X[] array) { throw new UnsupportedOperationException(); }
    public void addAllTo(Collection<? super T> dst) { throw new UnsupportedOperationException(); }
    public boolean isEmpty() { throw new UnsupportedOperationException(); }
    public boolean contains(Object item) { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
}
