// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/AbstractBuild.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.scm.ChangeLogSet;
import hudson.tasks.BuildStep;
import hudson.util.VariableResolver;
import java.io.File;
import java.io.IOException;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.scm.RunWithSCM;
import org.kohsuke.stapler.export.Exported;

public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R> implements Queue.Executable, LazyBuildMixIn.LazyLoadingRun<P, R>, RunWithSCM<P, R> {
    protected transient List<Environment> buildEnvironments;
    protected AbstractBuild(P job) throws IOException { super(job); throw new UnsupportedOperationException(); }
    protected AbstractBuild(P job, Calendar timestamp) { super(job, timestamp); throw new UnsupportedOperationException(); }
    protected AbstractBuild(P project, File buildDir) throws IOException { super(project, buildDir); throw new UnsupportedOperationException(); }
    public final P getProject() { throw new UnsupportedOperationException(); }
    public final LazyBuildMixIn.RunMixIn<P, R> getRunMixIn() { throw new UnsupportedOperationException(); }
    protected final void dropLinks() { throw new UnsupportedOperationException(); }
    public R getPreviousBuild() { throw new UnsupportedOperationException(); }
    public R getNextBuild() { throw new UnsupportedOperationException(); }
    @CheckForNull public Node getBuiltOn() { throw new UnsupportedOperationException(); }
    @Exported(name = "builtOn") public String getBuiltOnStr() { throw new UnsupportedOperationException(); }
    protected void setBuiltOnStr(String builtOn) { throw new UnsupportedOperationException(); }
    public AbstractBuild<?, ?> getRootBuild() { throw new UnsupportedOperationException(); }
    public Queue.Executable getParentExecutable() { throw new UnsupportedOperationException(); }
    @Deprecated(since = "2.364") public String getUpUrl() { throw new UnsupportedOperationException(); }
    @CheckForNull public final FilePath getWorkspace() { throw new UnsupportedOperationException(); }
    protected void setWorkspace(@NonNull FilePath ws) { throw new UnsupportedOperationException(); }
    public final FilePath getModuleRoot() { throw new UnsupportedOperationException(); }
    public FilePath[] getModuleRoots() { throw new UnsupportedOperationException(); }
    @CheckForNull public Set<String> getCulpritIds() { throw new UnsupportedOperationException(); }
    @Exported @NonNull public Set<User> getCulprits() { throw new UnsupportedOperationException(); }
    public boolean shouldCalculateCulprits() { throw new UnsupportedOperationException(); }
    @NonNull public Set<User> calculateCulprits() { throw new UnsupportedOperationException(); }
    public String getHudsonVersion() { throw new UnsupportedOperationException(); }
    @Exported @NonNull public ChangeLogSet<? extends ChangeLogSet.Entry> getChangeSet() { throw new UnsupportedOperationException(); }
    @NonNull public List<ChangeLogSet<? extends ChangeLogSet.Entry>> getChangeSets() { throw new UnsupportedOperationException(); }
    public boolean hasChangeSetComputed() { throw new UnsupportedOperationException(); }
    @NonNull public EnvVars getEnvironment(@NonNull TaskListener log) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public Calendar due() { throw new UnsupportedOperationException(); }
    public void addAction(@NonNull Action a) { throw new UnsupportedOperationException(); }
    public List<Action> getPersistentActions() { throw new UnsupportedOperationException(); }
    public Set<String> getSensitiveBuildVariables() { throw new UnsupportedOperationException(); }
    public Map<String, String> getBuildVariables() { throw new UnsupportedOperationException(); }
    public final VariableResolver<String> getBuildVariableResolver() { throw new UnsupportedOperationException(); }
    @Deprecated public Action getTestResultAction() { throw new UnsupportedOperationException(); }
    @Deprecated public Action getAggregatedTestResultAction() { throw new UnsupportedOperationException(); }
    public abstract void run();
    public String getWhyKeepLog() { throw new UnsupportedOperationException(); }
    public Iterable<AbstractBuild<?, ?>> getDownstreamBuilds(AbstractProject<?, ?> that) { throw new UnsupportedOperationException(); }
    public int getUpstreamRelationship(AbstractProject that) { throw new UnsupportedOperationException(); }
    public AbstractBuild<?, ?> getUpstreamRelationshipBuild(AbstractProject<?, ?> that) { throw new UnsupportedOperationException(); }
    public Map<AbstractProject, Integer> getUpstreamBuilds() { throw new UnsupportedOperationException(); }
    public Map<AbstractProject, Integer> getTransitiveUpstreamBuilds() { throw new UnsupportedOperationException(); }
    public Map<AbstractProject, DependencyChange> getDependencyChanges(AbstractBuild from) { throw new UnsupportedOperationException(); }
    @Deprecated public abstract class AbstractRunner extends AbstractBuildExecution {
    }
    public abstract class AbstractBuildExecution extends Runner {
        protected Launcher launcher;
        protected BuildListener listener;
        @NonNull protected final Node getCurrentNode() throws IllegalStateException { throw new UnsupportedOperationException(); }
        public Launcher getLauncher() { throw new UnsupportedOperationException(); }
        public BuildListener getListener() { throw new UnsupportedOperationException(); }
        @NonNull public Result run(@NonNull BuildListener listener) throws Exception { throw new UnsupportedOperationException(); }
        @NonNull protected Launcher createLauncher(@NonNull BuildListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        public void defaultCheckout() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
        protected abstract Result doRun(BuildListener listener) throws Exception;
        protected abstract void post2(BuildListener listener) throws Exception;
        public final void post(@NonNull BuildListener listener) throws Exception { throw new UnsupportedOperationException(); }
        public void cleanUp(@NonNull BuildListener listener) throws Exception { throw new UnsupportedOperationException(); }
        @Deprecated protected final void performAllBuildStep(BuildListener listener, Map<?, ? extends BuildStep> buildSteps, boolean phase) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
        protected final boolean performAllBuildSteps(BuildListener listener, Map<?, ? extends BuildStep> buildSteps, boolean phase) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
        @Deprecated protected final void performAllBuildStep(BuildListener listener, Iterable<? extends BuildStep> buildSteps, boolean phase) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
        protected final boolean performAllBuildSteps(BuildListener listener, Iterable<? extends BuildStep> buildSteps, boolean phase) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
        protected final boolean perform(BuildStep bs, BuildListener listener) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
        protected final boolean preBuild(BuildListener listener, Map<?, ? extends BuildStep> steps) { throw new UnsupportedOperationException(); }
        protected final boolean preBuild(BuildListener listener, Collection<? extends BuildStep> steps) { throw new UnsupportedOperationException(); }
        protected final boolean preBuild(BuildListener listener, Iterable<? extends BuildStep> steps) { throw new UnsupportedOperationException(); }
    }
    public static final class DependencyChange {
        public final AbstractProject project;
        public final int fromId;
        public final AbstractBuild from;
        public final int toId;
        public final AbstractBuild to;
        public DependencyChange(AbstractProject<?, ?> project, int fromId, int toId) { throw new UnsupportedOperationException(); }
        public List<AbstractBuild> getBuilds() { throw new UnsupportedOperationException(); }
    }
}
