// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Job.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.ExtensionPoint;
import hudson.model.Descriptor.FormException;
import hudson.search.QuickSilver;
import hudson.security.ACL;
import hudson.util.RunList;
import jakarta.servlet.ServletException;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import jenkins.model.DirectlyModifiableTopLevelItemGroup;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.stapler.StaplerOverridable;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem implements ExtensionPoint, StaplerOverridable, ModelObjectWithChildren, HasWidgets {
    protected transient volatile int nextBuildNumber;
    protected Job(ItemGroup parent, String name) { super(parent, name); throw new UnsupportedOperationException(); }
    public synchronized void save() throws IOException { throw new UnsupportedOperationException(); }
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException { throw new UnsupportedOperationException(); }
    public void onCopiedFrom(Item src) { throw new UnsupportedOperationException(); }
    public synchronized boolean isHoldOffBuildUntilSave() { throw new UnsupportedOperationException(); }
    protected synchronized void saveNextBuildNumber() throws IOException { throw new UnsupportedOperationException(); }
    @Exported public boolean isInQueue() { throw new UnsupportedOperationException(); }
    @Exported public Queue.Item getQueueItem() { throw new UnsupportedOperationException(); }
    public boolean isBuilding() { throw new UnsupportedOperationException(); }
    public boolean isLogUpdated() { throw new UnsupportedOperationException(); }
    public String getPronoun() { throw new UnsupportedOperationException(); }
    public boolean isNameEditable() { throw new UnsupportedOperationException(); }
    @Exported public boolean isKeepDependencies() { throw new UnsupportedOperationException(); }
    public int assignBuildNumber() throws IOException { throw new UnsupportedOperationException(); }
    @Exported public int getNextBuildNumber() { throw new UnsupportedOperationException(); }
    public EnvVars getCharacteristicEnvVars() { throw new UnsupportedOperationException(); }
    @NonNull public EnvVars getEnvironment(@CheckForNull Node node, @NonNull TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public synchronized void updateNextBuildNumber(int next) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public void fastUpdateNextBuildNumber(int nextBuildNumber) { throw new UnsupportedOperationException(); }
    public void logRotate() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public boolean supportsLogRotator() { throw new UnsupportedOperationException(); }
    public String getSearchIcon() { throw new UnsupportedOperationException(); }
    public Collection<? extends Job> getAllJobs() { throw new UnsupportedOperationException(); }
    public void addProperty(JobProperty<? super JobT> jobProp) throws IOException { throw new UnsupportedOperationException(); }
    public void removeProperty(JobProperty<? super JobT> jobProp) throws IOException { throw new UnsupportedOperationException(); }
    public <T extends JobProperty> T removeProperty(Class<T> clazz) throws IOException { throw new UnsupportedOperationException(); }
    public Map<JobPropertyDescriptor, JobProperty<? super JobT>> getProperties() { throw new UnsupportedOperationException(); }
    @Exported(name = "property", inline = true) public List<JobProperty<? super JobT>> getAllProperties() { throw new UnsupportedOperationException(); }
    public <T extends JobProperty> T getProperty(Class<T> clazz) { throw new UnsupportedOperationException(); }
    public JobProperty getProperty(String className) { throw new UnsupportedOperationException(); }
    public Collection<?> getOverrides() { throw new UnsupportedOperationException(); }
    public void renameTo(String newName) throws IOException { throw new UnsupportedOperationException(); }
    public void movedTo(DirectlyModifiableTopLevelItemGroup destination, AbstractItem newItem, File destDir) throws IOException { throw new UnsupportedOperationException(); }
    public void delete() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @Exported public abstract boolean isBuildable();
    @Exported(name = "allBuilds", visibility = -2) public RunList<RunT> getBuilds() { throw new UnsupportedOperationException(); }
    @Exported(name = "builds") public RunList<RunT> getNewBuilds() { throw new UnsupportedOperationException(); }
    public SortedMap<Integer, RunT> getBuildsAsMap() { throw new UnsupportedOperationException(); }
    public RunT getBuild(String id) { throw new UnsupportedOperationException(); }
    public RunT getBuildByNumber(int n) { throw new UnsupportedOperationException(); }
    @Deprecated public RunList<RunT> getBuildsByTimestamp(long start, long end) { throw new UnsupportedOperationException(); }
    public RunT getNearestBuild(int n) { throw new UnsupportedOperationException(); }
    public RunT getNearestOldBuild(int n) { throw new UnsupportedOperationException(); }
    public Object getDynamic(String token, StaplerRequest2 req, StaplerResponse2 rsp) { throw new UnsupportedOperationException(); }
    public File getBuildDir() { throw new UnsupportedOperationException(); }
    protected abstract SortedMap<Integer, ? extends RunT> _getRuns();
    protected abstract void removeRun(RunT run);
    @Exported @QuickSilver public RunT getLastBuild() { throw new UnsupportedOperationException(); }
    @Exported @QuickSilver public RunT getFirstBuild() { throw new UnsupportedOperationException(); }
    @Exported @QuickSilver public RunT getLastSuccessfulBuild() { throw new UnsupportedOperationException(); }
    @Exported @QuickSilver public RunT getLastUnsuccessfulBuild() { throw new UnsupportedOperationException(); }
    @Exported @QuickSilver public RunT getLastUnstableBuild() { throw new UnsupportedOperationException(); }
    @Exported @QuickSilver public RunT getLastStableBuild() { throw new UnsupportedOperationException(); }
    @Exported @QuickSilver public RunT getLastFailedBuild() { throw new UnsupportedOperationException(); }
    @Exported @QuickSilver public RunT getLastCompletedBuild() { throw new UnsupportedOperationException(); }
    public List<RunT> getLastBuildsOverThreshold(int numberOfBuilds, Result threshold) { throw new UnsupportedOperationException(); }
    protected List<RunT> getEstimatedDurationCandidates() { throw new UnsupportedOperationException(); }
    public long getEstimatedDuration() { throw new UnsupportedOperationException(); }
    @Exported(visibility = 2, name = "color") public BallColor getIconColor() { throw new UnsupportedOperationException(); }
    protected void submit(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException, FormException { throw new UnsupportedOperationException(); }
    public String getBuildStatusUrl() { throw new UnsupportedOperationException(); }
    public String getBuildStatusIconClassName() { throw new UnsupportedOperationException(); }
    protected void checkRename(String newName) throws Failure { throw new UnsupportedOperationException(); }
    public ACL getACL() { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public interface BuildNumberAssigner extends ExtensionPoint {
        int assignBuildNumber(Job<?, ?> job, SaveNextBuildNumber saveNextBuildNumber) throws IOException;
        interface SaveNextBuildNumber {
            void call() throws IOException;
        }
    }
    @Restricted(DoNotUse.class) @Extension(ordinal = -1000) public static final class DefaultBuildNumberAssigner implements BuildNumberAssigner {
        public int assignBuildNumber(Job<?, ?> job, SaveNextBuildNumber saveNextBuildNumber) throws IOException { throw new UnsupportedOperationException(); }
    }
}
