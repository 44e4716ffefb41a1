// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Queue.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.queue.CauseOfBlockage;
import hudson.model.queue.QueueTaskFuture;
import hudson.model.queue.SubTask;
import java.time.Duration;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import jenkins.console.WithConsoleUrl;
import jenkins.model.FullyNamedModelObject;
import jenkins.model.queue.AsynchronousExecution;
import jenkins.model.queue.QueueItem;
import jenkins.security.stapler.StaplerAccessibleType;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.springframework.security.core.Authentication;

@ExportedBean public class Queue extends ResourceController implements Saveable {
    private Queue() { throw new UnsupportedOperationException(); }
    public void load() { throw new UnsupportedOperationException(); }
    public void save() { throw new UnsupportedOperationException(); }
    public void clear() { throw new UnsupportedOperationException(); }
    @Deprecated public boolean add(AbstractProject p) { throw new UnsupportedOperationException(); }
    @CheckForNull public WaitingItem schedule(AbstractProject p) { throw new UnsupportedOperationException(); }
    @Deprecated public boolean add(AbstractProject p, int quietPeriod) { throw new UnsupportedOperationException(); }
    @Deprecated public WaitingItem schedule(Task p, int quietPeriod, List<Action> actions) { throw new UnsupportedOperationException(); }
    @Deprecated public boolean add(Task p, int quietPeriod) { throw new UnsupportedOperationException(); }
    @CheckForNull public WaitingItem schedule(Task p, int quietPeriod) { throw new UnsupportedOperationException(); }
    @Deprecated public boolean add(Task p, int quietPeriod, Action... actions) { throw new UnsupportedOperationException(); }
    @CheckForNull public WaitingItem schedule(Task p, int quietPeriod, Action... actions) { throw new UnsupportedOperationException(); }
    public boolean cancel(Task p) { throw new UnsupportedOperationException(); }
    public boolean cancel(Item item) { throw new UnsupportedOperationException(); }
    public boolean isEmpty() { throw new UnsupportedOperationException(); }
    @Exported(inline = true) public Item[] getItems() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @Exported(inline = true) public StubItem[] getDiscoverableItems() { throw new UnsupportedOperationException(); }
    @Deprecated public List<Item> getApproximateItemsQuickly() { throw new UnsupportedOperationException(); }
    public Item getItem(long id) { throw new UnsupportedOperationException(); }
    public List<BuildableItem> getBuildableItems(Computer c) { throw new UnsupportedOperationException(); }
    public List<BuildableItem> getBuildableItems() { throw new UnsupportedOperationException(); }
    public List<BuildableItem> getPendingItems() { throw new UnsupportedOperationException(); }
    protected List<BlockedItem> getBlockedItems() { throw new UnsupportedOperationException(); }
    public Collection<LeftItem> getLeftItems() { throw new UnsupportedOperationException(); }
    public void clearLeftItems() { throw new UnsupportedOperationException(); }
    public List<Item> getUnblockedItems() { throw new UnsupportedOperationException(); }
    public Set<Task> getUnblockedTasks() { throw new UnsupportedOperationException(); }
    public boolean isPending(Task t) { throw new UnsupportedOperationException(); }
    public int countBuildableItemsFor(@CheckForNull Label l) { throw new UnsupportedOperationException(); }
    public int strictCountBuildableItemsFor(@CheckForNull Label l) { throw new UnsupportedOperationException(); }
    public int countBuildableItems() { throw new UnsupportedOperationException(); }
    public Item getItem(Task t) { throw new UnsupportedOperationException(); }
    public List<Item> getItems(Task t) { throw new UnsupportedOperationException(); }
    public boolean contains(Task t) { throw new UnsupportedOperationException(); }
    public Future<?> scheduleMaintenance() { throw new UnsupportedOperationException(); }
    public static void withLock(Runnable runnable) { throw new UnsupportedOperationException(); }
    public static <V, T extends Throwable> V withLock(hudson.remoting.Callable<V, T> callable) throws T { throw new UnsupportedOperationException(); }
    public static <V> V withLock(java.util.concurrent.Callable<V> callable) throws Exception { throw new UnsupportedOperationException(); }
    public static boolean tryWithLock(Runnable runnable) { throw new UnsupportedOperationException(); }
    public static boolean tryWithLock(Runnable runnable, Duration timeout) throws InterruptedException { throw new UnsupportedOperationException(); }
    public static Runnable wrapWithLock(Runnable runnable) { throw new UnsupportedOperationException(); }
    public static <V, T extends Throwable> hudson.remoting.Callable<V, T> wrapWithLock(hudson.remoting.Callable<V, T> callable) { throw new UnsupportedOperationException(); }
    public static <V> java.util.concurrent.Callable<V> wrapWithLock(java.util.concurrent.Callable<V> callable) { throw new UnsupportedOperationException(); }
    protected void _await() throws InterruptedException { throw new UnsupportedOperationException(); }
    protected void _signalAll() { throw new UnsupportedOperationException(); }
    protected void _withLock(Runnable runnable) { throw new UnsupportedOperationException(); }
    protected boolean _tryWithLock(Runnable runnable) { throw new UnsupportedOperationException(); }
    protected boolean _tryWithLock(Runnable runnable, Duration timeout) throws InterruptedException { throw new UnsupportedOperationException(); }
    protected <V, T extends Throwable> V _withLock(hudson.remoting.Callable<V, T> callable) throws T { throw new UnsupportedOperationException(); }
    protected <V> V _withLock(java.util.concurrent.Callable<V> callable) throws Exception { throw new UnsupportedOperationException(); }
    public void maintain() { throw new UnsupportedOperationException(); }
    @Deprecated public static boolean ifBlockedByHudsonShutdown(Task task) { throw new UnsupportedOperationException(); }
    public static boolean isBlockedByShutdown(Task task) { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public static final class State {
        public List<Item> items;
        public Map<String, Object> properties;
    }
    public interface TransientTask extends Task {
    }
    public interface FlyweightTask extends Task {
    }
    public interface NonBlockingTask extends Task {
    }
    public interface Task extends FullyNamedModelObject, SubTask {
        @Deprecated default boolean isBuildBlocked() { throw new UnsupportedOperationException(); }
        @Deprecated default String getWhyBlocked() { throw new UnsupportedOperationException(); }
        @CheckForNull default CauseOfBlockage getCauseOfBlockage() { throw new UnsupportedOperationException(); }
        String getName();
        default String getAffinityKey() { throw new UnsupportedOperationException(); }
        default void checkAbortPermission() { throw new UnsupportedOperationException(); }
        String getUrl();
        default boolean isConcurrentBuild() { throw new UnsupportedOperationException(); }
        default Collection<? extends SubTask> getSubTasks() { throw new UnsupportedOperationException(); }
        @NonNull default Authentication getDefaultAuthentication2() { throw new UnsupportedOperationException(); }
        @NonNull default Authentication getDefaultAuthentication2(Queue.Item item) { throw new UnsupportedOperationException(); }
    }
    @StaplerAccessibleType public interface Executable extends Runnable, WithConsoleUrl {
        @NonNull SubTask getParent();
        @CheckForNull default Executable getParentExecutable() { throw new UnsupportedOperationException(); }
        void run() throws AsynchronousExecution;
        default long getEstimatedDuration() { throw new UnsupportedOperationException(); }
        default String getConsoleUrl() { throw new UnsupportedOperationException(); }
        String toString();
    }
    @ExportedBean(defaultVisibility = 999) public abstract static class Item extends Actionable implements QueueItem {
        @Exported public long getId() { throw new UnsupportedOperationException(); }
        @Deprecated public int getIdLegacy() { throw new UnsupportedOperationException(); }
        @Exported @NonNull public final Task task;
        @NonNull public Task getTask() { throw new UnsupportedOperationException(); }
        @Exported public boolean isBlocked() { throw new UnsupportedOperationException(); }
        @Exported public boolean isBuildable() { throw new UnsupportedOperationException(); }
        @Exported public boolean isStuck() { throw new UnsupportedOperationException(); }
        @Exported public long getInQueueSince() { throw new UnsupportedOperationException(); }
        public String getInQueueForString() { throw new UnsupportedOperationException(); }
        public QueueTaskFuture<Executable> getFuture() { throw new UnsupportedOperationException(); }
        @CheckForNull public Label getAssignedLabel() { throw new UnsupportedOperationException(); }
        @CheckForNull public Label getAssignedLabelFor(@NonNull SubTask st) { throw new UnsupportedOperationException(); }
        public final List<Cause> getCauses() { throw new UnsupportedOperationException(); }
        @Restricted(DoNotUse.class) public String getCausesDescription() { throw new UnsupportedOperationException(); }
        protected Item(Item item) { throw new UnsupportedOperationException(); }
        @Exported public String getUrl() { throw new UnsupportedOperationException(); }
        @Exported public final String getWhy() { throw new UnsupportedOperationException(); }
        public abstract CauseOfBlockage getCauseOfBlockage();
        @Exported public String getParams() { throw new UnsupportedOperationException(); }
        public String getSearchUrl() { throw new UnsupportedOperationException(); }
        @NonNull public Authentication authenticate2() { throw new UnsupportedOperationException(); }
        protected Object readResolve() { throw new UnsupportedOperationException(); }
        public String toString() { throw new UnsupportedOperationException(); }
    }
    @Restricted(NoExternalUse.class) @ExportedBean(defaultVisibility = 999) public static class StubTask {
        public StubTask(@NonNull Queue.Task base) { throw new UnsupportedOperationException(); }
        @Exported public String getName() { throw new UnsupportedOperationException(); }
    }
    @Restricted(NoExternalUse.class) @ExportedBean(defaultVisibility = 999) public static class StubItem {
        @Exported public StubTask task;
        public StubItem(StubTask task) { throw new UnsupportedOperationException(); }
    }
    public interface QueueAction extends Action {
        boolean shouldSchedule(List<Action> actions);
    }
    public abstract static class QueueDecisionHandler implements ExtensionPoint {
        public abstract boolean shouldSchedule(Task p, List<Action> actions);
        public static ExtensionList<QueueDecisionHandler> all() { throw new UnsupportedOperationException(); }
    }
    public static final class WaitingItem extends Item implements Comparable<WaitingItem> {
        @Exported public Calendar timestamp;
        public WaitingItem(Calendar timestamp, Task project, List<Action> actions) { super(null); throw new UnsupportedOperationException(); }
        public int compareTo(WaitingItem that) { throw new UnsupportedOperationException(); }
        public CauseOfBlockage getCauseOfBlockage() { throw new UnsupportedOperationException(); }
    }
    public abstract static class NotWaitingItem extends Item {
        @Exported public final long buildableStartMilliseconds;
        protected NotWaitingItem(WaitingItem wi) { super(null); throw new UnsupportedOperationException(); }
        protected NotWaitingItem(NotWaitingItem ni) { super(null); throw new UnsupportedOperationException(); }
    }
    public final class BlockedItem extends NotWaitingItem {
        BlockedItem(WaitingItem wi, CauseOfBlockage causeOfBlockage) { super(wi); throw new UnsupportedOperationException(); }
        BlockedItem(NotWaitingItem ni, CauseOfBlockage causeOfBlockage) { super(ni); throw new UnsupportedOperationException(); }
        @Restricted(NoExternalUse.class) public boolean isCauseOfBlockageNull() { throw new UnsupportedOperationException(); }
        public CauseOfBlockage getCauseOfBlockage() { throw new UnsupportedOperationException(); }
    }
    public static final class BuildableItem extends NotWaitingItem {
        public BuildableItem(WaitingItem wi) { super(wi); throw new UnsupportedOperationException(); }
        public BuildableItem(NotWaitingItem ni) { super(ni); throw new UnsupportedOperationException(); }
        public CauseOfBlockage getCauseOfBlockage() { throw new UnsupportedOperationException(); }
        public boolean isStuck() { throw new UnsupportedOperationException(); }
        @Exported public boolean isPending() { throw new UnsupportedOperationException(); }
    }
    public static final class LeftItem extends Item {
        public LeftItem(Item cancelled) { super(cancelled); throw new UnsupportedOperationException(); }
        public CauseOfBlockage getCauseOfBlockage() { throw new UnsupportedOperationException(); }
        @Exported @CheckForNull public Executable getExecutable() { throw new UnsupportedOperationException(); }
        @Exported public boolean isCancelled() { throw new UnsupportedOperationException(); }
    }
}
