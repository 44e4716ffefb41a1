// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/AbstractProject.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Descriptor.FormException;
import hudson.model.queue.CauseOfBlockage;
import hudson.model.queue.QueueTaskFuture;
import hudson.model.queue.SubTask;
import hudson.security.Permission;
import hudson.tasks.Publisher;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import hudson.util.DescribableList;
import hudson.util.FormValidation;
import jakarta.servlet.ServletException;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.model.lazy.LazyBuildMixIn;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;

public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Job<P, R> implements BuildableItem, LazyBuildMixIn.LazyLoadingJob<P, R>, ParameterizedJobMixIn.ParameterizedJob<P, R> {
    @Restricted(NoExternalUse.class) protected transient RunMap<R> builds;
    protected volatile boolean disabled;
    protected volatile boolean blockBuildWhenDownstreamBuilding;
    protected volatile boolean blockBuildWhenUpstreamBuilding;
    protected volatile DescribableList<Trigger<?>, TriggerDescriptor> triggers;
    protected AbstractProject(ItemGroup parent, String name) { super(parent, name); throw new UnsupportedOperationException(); }
    public LazyBuildMixIn<P, R> getLazyBuildMixIn() { throw new UnsupportedOperationException(); }
    public synchronized void save() throws IOException { throw new UnsupportedOperationException(); }
    public void onCreatedFromScratch() { throw new UnsupportedOperationException(); }
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException { throw new UnsupportedOperationException(); }
    protected DescribableList<Trigger<?>, TriggerDescriptor> triggers() { throw new UnsupportedOperationException(); }
    @NonNull public EnvVars getEnvironment(@CheckForNull Node node, @NonNull TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    protected void performDelete() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @Exported public boolean isConcurrentBuild() { throw new UnsupportedOperationException(); }
    public void setConcurrentBuild(boolean b) throws IOException { throw new UnsupportedOperationException(); }
    @CheckForNull public Label getAssignedLabel() { throw new UnsupportedOperationException(); }
    public Set<Label> getRelevantLabels() { throw new UnsupportedOperationException(); }
    @Exported(name = "labelExpression") public String getAssignedLabelString() { throw new UnsupportedOperationException(); }
    public void setAssignedLabel(Label l) throws IOException { throw new UnsupportedOperationException(); }
    public void setAssignedNode(Node l) throws IOException { throw new UnsupportedOperationException(); }
    public String getPronoun() { throw new UnsupportedOperationException(); }
    public String getBuildNowText() { throw new UnsupportedOperationException(); }
    public AbstractProject<?, ?> getRootProject() { throw new UnsupportedOperationException(); }
    @Deprecated public final FilePath getWorkspace() { throw new UnsupportedOperationException(); }
    @CheckForNull public final FilePath getSomeWorkspace() { throw new UnsupportedOperationException(); }
    public final R getSomeBuildWithWorkspace() { throw new UnsupportedOperationException(); }
    @Deprecated public FilePath getModuleRoot() { throw new UnsupportedOperationException(); }
    @Deprecated public FilePath[] getModuleRoots() { throw new UnsupportedOperationException(); }
    public int getQuietPeriod() { throw new UnsupportedOperationException(); }
    public int getScmCheckoutRetryCount() { throw new UnsupportedOperationException(); }
    public boolean getHasCustomQuietPeriod() { throw new UnsupportedOperationException(); }
    public void setQuietPeriod(Integer seconds) throws IOException { throw new UnsupportedOperationException(); }
    public boolean hasCustomScmCheckoutRetryCount() { throw new UnsupportedOperationException(); }
    public boolean isBuildable() { throw new UnsupportedOperationException(); }
    public boolean isConfigurable() { throw new UnsupportedOperationException(); }
    public boolean blockBuildWhenDownstreamBuilding() { throw new UnsupportedOperationException(); }
    public void setBlockBuildWhenDownstreamBuilding(boolean b) throws IOException { throw new UnsupportedOperationException(); }
    public boolean blockBuildWhenUpstreamBuilding() { throw new UnsupportedOperationException(); }
    public void setBlockBuildWhenUpstreamBuilding(boolean b) throws IOException { throw new UnsupportedOperationException(); }
    @Exported public boolean isDisabled() { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) public void setDisabled(boolean disabled) { throw new UnsupportedOperationException(); }
    public boolean supportsMakeDisabled() { throw new UnsupportedOperationException(); }
    public void disable() throws IOException { throw new UnsupportedOperationException(); }
    public void enable() throws IOException { throw new UnsupportedOperationException(); }
    public BallColor getIconColor() { throw new UnsupportedOperationException(); }
    protected void updateTransientActions() { throw new UnsupportedOperationException(); }
    protected List<Action> createTransientActions() { throw new UnsupportedOperationException(); }
    public abstract DescribableList<Publisher, Descriptor<Publisher>> getPublishersList();
    public void addProperty(JobProperty<? super P> jobProp) throws IOException { throw new UnsupportedOperationException(); }
    public boolean scheduleBuild(int quietPeriod, Cause c, Action... actions) { throw new UnsupportedOperationException(); }
    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod, Cause c, Action... actions) { throw new UnsupportedOperationException(); }
    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod, Cause c, Collection<? extends Action> actions) { throw new UnsupportedOperationException(); }
    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod) { throw new UnsupportedOperationException(); }
    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod, Cause c) { throw new UnsupportedOperationException(); }
    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod, Action... actions) { throw new UnsupportedOperationException(); }
    public boolean schedulePolling() { throw new UnsupportedOperationException(); }
    public boolean isInQueue() { throw new UnsupportedOperationException(); }
    public Queue.Item getQueueItem() { throw new UnsupportedOperationException(); }
    public BuildAuthorizationToken getAuthToken() { throw new UnsupportedOperationException(); }
    public RunMap<R> _getRuns() { throw new UnsupportedOperationException(); }
    public void removeRun(R run) { throw new UnsupportedOperationException(); }
    public R getBuild(String id) { throw new UnsupportedOperationException(); }
    public R getBuildByNumber(int n) { throw new UnsupportedOperationException(); }
    public R getFirstBuild() { throw new UnsupportedOperationException(); }
    @CheckForNull public R getLastBuild() { throw new UnsupportedOperationException(); }
    public R getNearestBuild(int n) { throw new UnsupportedOperationException(); }
    public R getNearestOldBuild(int n) { throw new UnsupportedOperationException(); }
    protected List<R> getEstimatedDurationCandidates() { throw new UnsupportedOperationException(); }
    protected abstract Class<R> getBuildClass();
    protected synchronized R newBuild() throws IOException { throw new UnsupportedOperationException(); }
    protected R loadBuild(File dir) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public List<Action> getActions() { throw new UnsupportedOperationException(); }
    public Node getLastBuiltOn() { throw new UnsupportedOperationException(); }
    public Object getSameNodeConstraint() { throw new UnsupportedOperationException(); }
    public CauseOfBlockage getCauseOfBlockage() { throw new UnsupportedOperationException(); }
    public AbstractProject getBuildingDownstream() { throw new UnsupportedOperationException(); }
    public AbstractProject getBuildingUpstream() { throw new UnsupportedOperationException(); }
    public List<SubTask> getSubTasks() { throw new UnsupportedOperationException(); }
    @CheckForNull public R createExecutable() throws IOException { throw new UnsupportedOperationException(); }
    public void checkAbortPermission() { throw new UnsupportedOperationException(); }
    public boolean hasAbortPermission() { throw new UnsupportedOperationException(); }
    protected Set<ResourceActivity> getResourceActivities() { throw new UnsupportedOperationException(); }
    public boolean checkout(AbstractBuild build, Launcher launcher, BuildListener listener, File changelogFile) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @Deprecated public boolean pollSCMChanges(TaskListener listener) { throw new UnsupportedOperationException(); }
    public boolean hasParticipant(User user) { throw new UnsupportedOperationException(); }
    public void addTrigger(Trigger<?> trigger) throws IOException { throw new UnsupportedOperationException(); }
    public void removeTrigger(TriggerDescriptor trigger) throws IOException { throw new UnsupportedOperationException(); }
    protected final synchronized <T extends Describable<T>> void addToList(T item, List<T> collection) throws IOException { throw new UnsupportedOperationException(); }
    protected final synchronized <T extends Describable<T>> void removeFromList(Descriptor<T> item, List<T> collection) throws IOException { throw new UnsupportedOperationException(); }
    public Map<TriggerDescriptor, Trigger<?>> getTriggers() { throw new UnsupportedOperationException(); }
    public <T extends Trigger> T getTrigger(Class<T> clazz) { throw new UnsupportedOperationException(); }
    public abstract boolean isFingerprintConfigured();
    public final List<AbstractProject> getDownstreamProjects() { throw new UnsupportedOperationException(); }
    @Exported(name = "downstreamProjects") @Restricted(DoNotUse.class) public List<AbstractProject> getDownstreamProjectsForApi() { throw new UnsupportedOperationException(); }
    public final List<AbstractProject> getUpstreamProjects() { throw new UnsupportedOperationException(); }
    @Exported(name = "upstreamProjects") @Restricted(DoNotUse.class) public List<AbstractProject> getUpstreamProjectsForApi() { throw new UnsupportedOperationException(); }
    public final List<AbstractProject> getBuildTriggerUpstreamProjects() { throw new UnsupportedOperationException(); }
    public final Set<AbstractProject> getTransitiveUpstreamProjects() { throw new UnsupportedOperationException(); }
    public final Set<AbstractProject> getTransitiveDownstreamProjects() { throw new UnsupportedOperationException(); }
    protected void submit(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException, FormException { throw new UnsupportedOperationException(); }
    protected final <T extends Describable<T>> List<T> buildDescribable(StaplerRequest2 req, List<? extends Descriptor<T>> descriptors) throws FormException, ServletException { throw new UnsupportedOperationException(); }
    @CheckForNull public static AbstractProject findNearest(String name) { throw new UnsupportedOperationException(); }
    @CheckForNull public static AbstractProject findNearest(String name, ItemGroup context) { throw new UnsupportedOperationException(); }
    @Deprecated public static final Permission ABORT = null;
    public String getCustomWorkspace() { throw new UnsupportedOperationException(); }
    public void setCustomWorkspace(String customWorkspace) throws IOException { throw new UnsupportedOperationException(); }
    public static class BecauseOfDownstreamBuildInProgress extends CauseOfBlockage {
        public final AbstractProject<?, ?> up;
        public BecauseOfDownstreamBuildInProgress(AbstractProject<?, ?> up) { throw new UnsupportedOperationException(); }
        public String getShortDescription() { throw new UnsupportedOperationException(); }
    }
    public static class BecauseOfUpstreamBuildInProgress extends CauseOfBlockage {
        public final AbstractProject<?, ?> up;
        public BecauseOfUpstreamBuildInProgress(AbstractProject<?, ?> up) { throw new UnsupportedOperationException(); }
        public String getShortDescription() { throw new UnsupportedOperationException(); }
    }
    public abstract static class AbstractProjectDescriptor extends TopLevelItemDescriptor {
        public boolean isApplicable(Descriptor descriptor) { throw new UnsupportedOperationException(); }
        @Deprecated @NonNull public static FormValidation validateLabelExpression(String value, @CheckForNull AbstractProject<?, ?> project) { throw new UnsupportedOperationException(); }
    }
    @Deprecated public abstract static class LabelValidator implements ExtensionPoint {
        @NonNull public abstract FormValidation check(@NonNull AbstractProject<?, ?> project, @NonNull Label label);
        @NonNull public FormValidation checkItem(@NonNull Item item, @NonNull Label label) { throw new UnsupportedOperationException(); }
    }
}
