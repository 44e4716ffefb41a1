// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/RunMap.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import java.io.IOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.SortedMap;
import java.util.function.IntPredicate;
import jenkins.model.lazy.AbstractLazyLoadRunMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public final class RunMap<R extends Run<?, R>> extends AbstractLazyLoadRunMap<R> implements Iterable<R> {
    @Deprecated public RunMap() { super(); throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public RunMap(@NonNull Job<?, ?> job) { super(); throw new UnsupportedOperationException(); }
    public RunMap(@NonNull Job<?, ?> job, Constructor<R> cons) { super(); throw new UnsupportedOperationException(); }
    @Deprecated public RunMap(File baseDir, Constructor<R> cons) { super(); throw new UnsupportedOperationException(); }
    public boolean remove(R run) { throw new UnsupportedOperationException(); }
    public Iterator<R> iterator() { throw new UnsupportedOperationException(); }
    public boolean removeValue(R run) { throw new UnsupportedOperationException(); }
    public SortedMap<Integer, R> getView() { throw new UnsupportedOperationException(); }
    public R newestValue() { throw new UnsupportedOperationException(); }
    public R oldestValue() { throw new UnsupportedOperationException(); }
    @Deprecated public static final Comparator<Comparable> COMPARATOR = null;
    protected int getNumberOf(R r) { throw new UnsupportedOperationException(); }
    protected String getIdOf(R r) { throw new UnsupportedOperationException(); }
    public R put(R r) { throw new UnsupportedOperationException(); }
    @CheckForNull public R getById(String id) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) protected boolean allowLoad(int buildNumber) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) protected IntPredicate createLoadAllower() { throw new UnsupportedOperationException(); }
    protected R retrieve(File d) throws IOException { throw new UnsupportedOperationException(); }
    protected Class<R> getBuildClass() { throw new UnsupportedOperationException(); }
    @Deprecated public void load(Job job, Constructor<R> cons) { throw new UnsupportedOperationException(); }
    public interface Constructor<R extends Run<?, R>> {
        R create(File dir) throws IOException;
        Class<R> getBuildClass();
    }
}
