// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/RunList.java.
package hudson.util;

import hudson.model.Job;
import hudson.model.Node;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.View;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Predicate;

public class RunList<R extends Run> extends AbstractList<R> {
    public RunList() { throw new UnsupportedOperationException(); }
    public RunList(Job j) { throw new UnsupportedOperationException(); }
    public RunList(View view) { throw new UnsupportedOperationException(); }
    public RunList(Collection<? extends Job> jobs) { throw new UnsupportedOperationException(); }
    public static <J extends Job<J, R>, R extends Run<J, R>> RunList<R> fromJobs(Iterable<? extends J> jobs) { throw new UnsupportedOperationException(); }
    private RunList(Iterable<R> c) { throw new UnsupportedOperationException(); }
    public Iterator<R> iterator() { throw new UnsupportedOperationException(); }
    @Deprecated public int size() { throw new UnsupportedOperationException(); }
    @Deprecated public R get(int index) { throw new UnsupportedOperationException(); }
    public List<R> subList(int fromIndex, int toIndex) { throw new UnsupportedOperationException(); }
    public Spliterator<R> spliterator() { throw new UnsupportedOperationException(); }
    public int indexOf(Object o) { throw new UnsupportedOperationException(); }
    public int lastIndexOf(Object o) { throw new UnsupportedOperationException(); }
    public boolean isEmpty() { throw new UnsupportedOperationException(); }
    @Deprecated public R getFirstBuild() { throw new UnsupportedOperationException(); }
    public R getLastBuild() { throw new UnsupportedOperationException(); }
    public static <R extends Run> RunList<R> fromRuns(Collection<? extends R> runs) { throw new UnsupportedOperationException(); }
    public RunList<R> filter(Predicate<R> predicate) { throw new UnsupportedOperationException(); }
    @Deprecated public RunList<R> filter(com.google.common.base.Predicate<R> predicate) { throw new UnsupportedOperationException(); }
    public RunList<R> limit(int n) { throw new UnsupportedOperationException(); }
    public RunList<R> failureOnly() { throw new UnsupportedOperationException(); }
    public RunList<R> overThresholdOnly(Result threshold) { throw new UnsupportedOperationException(); }
    public RunList<R> completedOnly() { throw new UnsupportedOperationException(); }
    public RunList<R> node(Node node) { throw new UnsupportedOperationException(); }
    public RunList<R> regressionOnly() { throw new UnsupportedOperationException(); }
    public RunList<R> byTimestamp(long start, long end) { throw new UnsupportedOperationException(); }
    public RunList<R> newBuilds() { throw new UnsupportedOperationException(); }
}
