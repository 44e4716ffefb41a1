// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/lazy/AbstractLazyLoadRunMap.java.
package jenkins.model.lazy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.File;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map.Entry;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public abstract class AbstractLazyLoadRunMap<R> extends AbstractMap<Integer, R> implements SortedMap<Integer, R> {
    public Set<Integer> keySet() { throw new UnsupportedOperationException(); }
    public Collection<R> values() { throw new UnsupportedOperationException(); }
    public Set<Map.Entry<Integer, R>> entrySet() { throw new UnsupportedOperationException(); }
    protected File dir;
    @Restricted(NoExternalUse.class) protected AbstractLazyLoadRunMap() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) protected void initBaseDir(File dir) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public final boolean baseDirInitialized() { throw new UnsupportedOperationException(); }
    public final void updateBaseDir(File dir) { throw new UnsupportedOperationException(); }
    public synchronized void purgeCache() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) protected boolean allowLoad(int buildNumber) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) protected IntPredicate createLoadAllower() { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public final void recognizeNumber(int buildNumber) { throw new UnsupportedOperationException(); }
    public Comparator<? super Integer> comparator() { throw new UnsupportedOperationException(); }
    public boolean isEmpty() { throw new UnsupportedOperationException(); }
    public boolean containsKey(Object value) { throw new UnsupportedOperationException(); }
    public boolean containsValue(Object value) { throw new UnsupportedOperationException(); }
    public SortedMap<Integer, R> getLoadedBuilds() { throw new UnsupportedOperationException(); }
    public Stream<R> streamLoadedBuilds() { throw new UnsupportedOperationException(); }
    public SortedMap<Integer, R> subMap(Integer fromKey, Integer toKey) { throw new UnsupportedOperationException(); }
    public SortedMap<Integer, R> headMap(Integer toKey) { throw new UnsupportedOperationException(); }
    public SortedMap<Integer, R> tailMap(Integer fromKey) { throw new UnsupportedOperationException(); }
    public Integer firstKey() { throw new UnsupportedOperationException(); }
    public Integer lastKey() { throw new UnsupportedOperationException(); }
    public R newestBuild() { throw new UnsupportedOperationException(); }
    public R oldestBuild() { throw new UnsupportedOperationException(); }
    public R get(Object key) { throw new UnsupportedOperationException(); }
    public R get(int n) { throw new UnsupportedOperationException(); }
    public boolean runExists(int number) { throw new UnsupportedOperationException(); }
    @CheckForNull public R search(int n, Direction d) { throw new UnsupportedOperationException(); }
    public R getById(String id) { throw new UnsupportedOperationException(); }
    public R getByNumber(int n) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public synchronized int maxNumberOnDisk() { throw new UnsupportedOperationException(); }
    protected final synchronized void proposeNewNumber(int number) throws IllegalStateException { throw new UnsupportedOperationException(); }
    public R put(R value) { throw new UnsupportedOperationException(); }
    protected R _put(R value) { throw new UnsupportedOperationException(); }
    public synchronized R put(Integer key, R r) { throw new UnsupportedOperationException(); }
    public synchronized void putAll(Map<? extends Integer, ? extends R> newData) { throw new UnsupportedOperationException(); }
    public R remove(Object key) { throw new UnsupportedOperationException(); }
    protected abstract int getNumberOf(R r);
    protected String getIdOf(R r) { throw new UnsupportedOperationException(); }
    protected abstract R retrieve(File dir) throws IOException;
    protected abstract Class<R> getBuildClass();
    public synchronized boolean removeValue(R run) { throw new UnsupportedOperationException(); }
    public synchronized void reset(Map<Integer, R> builds) { throw new UnsupportedOperationException(); }
    public int hashCode() { throw new UnsupportedOperationException(); }
    public boolean equals(Object o) { throw new UnsupportedOperationException(); }
    public enum Direction {
        ASC, DESC, EXACT;
    }
}
