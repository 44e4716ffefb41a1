// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Run.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jenkins.console.WithConsoleUrl;
import jenkins.model.HistoricalBuild;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.springframework.security.access.AccessDeniedException;

@ExportedBean public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy, HistoricalBuild, WithConsoleUrl {
    public static final long QUEUE_ID_UNKNOWN = -1;
    @NonNull protected final transient JobT project;
    public transient int number;
    protected long timestamp;
    protected volatile Result result;
    @CheckForNull protected volatile String description;
    protected long duration;
    protected String charset;
    protected Run(@NonNull JobT job) throws IOException { throw new UnsupportedOperationException(); }
    protected Run(@NonNull JobT job, @NonNull Calendar timestamp) { throw new UnsupportedOperationException(); }
    protected Run(@NonNull JobT job, long timestamp) { throw new UnsupportedOperationException(); }
    protected Run(@NonNull JobT project, @NonNull File buildDir) throws IOException { throw new UnsupportedOperationException(); }
    public void reload() throws IOException { throw new UnsupportedOperationException(); }
    protected void onLoad() { throw new UnsupportedOperationException(); }
    @Deprecated public List<Action> getTransientActions() { throw new UnsupportedOperationException(); }
    public void addAction(@NonNull Action a) { throw new UnsupportedOperationException(); }
    @NonNull protected RunT _this() { throw new UnsupportedOperationException(); }
    public int compareTo(@NonNull RunT that) { throw new UnsupportedOperationException(); }
    @Exported public long getQueueId() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public void setQueueId(long queueId) { throw new UnsupportedOperationException(); }
    @Exported @CheckForNull public Result getResult() { throw new UnsupportedOperationException(); }
    public void setResult(@NonNull Result r) { throw new UnsupportedOperationException(); }
    @NonNull public List<BuildBadgeAction> getBadgeActions() { throw new UnsupportedOperationException(); }
    @Exported public boolean isBuilding() { throw new UnsupportedOperationException(); }
    @Exported public boolean isInProgress() { throw new UnsupportedOperationException(); }
    public boolean isLogUpdated() { throw new UnsupportedOperationException(); }
    @Exported @CheckForNull public Executor getExecutor() { throw new UnsupportedOperationException(); }
    @CheckForNull public Executor getOneOffExecutor() { throw new UnsupportedOperationException(); }
    @NonNull public final Charset getCharset() { throw new UnsupportedOperationException(); }
    @NonNull public List<Cause> getCauses() { throw new UnsupportedOperationException(); }
    @CheckForNull public <T extends Cause> T getCause(Class<T> type) { throw new UnsupportedOperationException(); }
    @Exported public final boolean isKeepLog() { throw new UnsupportedOperationException(); }
    @CheckForNull public String getWhyKeepLog() { throw new UnsupportedOperationException(); }
    @NonNull public JobT getParent() { throw new UnsupportedOperationException(); }
    @Exported @NonNull public Calendar getTimestamp() { throw new UnsupportedOperationException(); }
    @NonNull public final Date getTime() { throw new UnsupportedOperationException(); }
    public final long getTimeInMillis() { throw new UnsupportedOperationException(); }
    public final long getStartTimeInMillis() { throw new UnsupportedOperationException(); }
    @Exported @CheckForNull public String getDescription() { throw new UnsupportedOperationException(); }
    @NonNull public String getTimestampString() { throw new UnsupportedOperationException(); }
    @NonNull public String getTimestampString2() { throw new UnsupportedOperationException(); }
    @NonNull public String getDurationString() { throw new UnsupportedOperationException(); }
    @Exported public long getDuration() { throw new UnsupportedOperationException(); }
    @NonNull public BallColor getIconColor() { throw new UnsupportedOperationException(); }
    public boolean hasntStartedYet() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    @Exported public String getFullDisplayName() { throw new UnsupportedOperationException(); }
    @Exported public String getDisplayName() { throw new UnsupportedOperationException(); }
    public boolean hasCustomDisplayName() { throw new UnsupportedOperationException(); }
    public void setDisplayName(String value) throws IOException { throw new UnsupportedOperationException(); }
    @Exported(visibility = 2) public int getNumber() { throw new UnsupportedOperationException(); }
    protected void dropLinks() { throw new UnsupportedOperationException(); }
    @CheckForNull public RunT getPreviousBuild() { throw new UnsupportedOperationException(); }
    @CheckForNull public final RunT getPreviousCompletedBuild() { throw new UnsupportedOperationException(); }
    @CheckForNull public final RunT getPreviousBuildInProgress() { throw new UnsupportedOperationException(); }
    @CheckForNull public RunT getPreviousBuiltBuild() { throw new UnsupportedOperationException(); }
    @CheckForNull public RunT getPreviousNotFailedBuild() { throw new UnsupportedOperationException(); }
    @CheckForNull public RunT getPreviousFailedBuild() { throw new UnsupportedOperationException(); }
    @CheckForNull public RunT getPreviousSuccessfulBuild() { throw new UnsupportedOperationException(); }
    @NonNull public List<RunT> getPreviousBuildsOverThreshold(int numberOfBuilds, @NonNull Result threshold) { throw new UnsupportedOperationException(); }
    @NonNull protected List<RunT> getBuildsOverThreshold(int numberOfBuilds, @NonNull Result threshold) { throw new UnsupportedOperationException(); }
    @CheckForNull public RunT getNextBuild() { throw new UnsupportedOperationException(); }
    @NonNull public String getUrl() { throw new UnsupportedOperationException(); }
    public String getConsoleUrl() { throw new UnsupportedOperationException(); }
    @Exported(visibility = 2, name = "url") @Deprecated @NonNull public final String getAbsoluteUrl() { throw new UnsupportedOperationException(); }
    @NonNull public final String getSearchUrl() { throw new UnsupportedOperationException(); }
    @Exported @NonNull public String getId() { throw new UnsupportedOperationException(); }
    @NonNull public File getRootDir() { throw new UnsupportedOperationException(); }
    public List<ParameterValue> getParameterValues() { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) public final boolean hasCustomArtifactManager() { throw new UnsupportedOperationException(); }
    @Deprecated public File getArtifactsDir() { throw new UnsupportedOperationException(); }
    @Exported @NonNull public List<Artifact> getArtifacts() { throw new UnsupportedOperationException(); }
    @NonNull public List<Artifact> getArtifactsUpTo(int artifactsNumber) { throw new UnsupportedOperationException(); }
    public boolean getHasArtifacts() { throw new UnsupportedOperationException(); }
    public static final int LIST_CUTOFF = Integer.parseInt("0");
    @Deprecated @NonNull public File getLogFile() { throw new UnsupportedOperationException(); }
    @NonNull public InputStream getLogInputStream() throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public Reader getLogReader() throws IOException { throw new UnsupportedOperationException(); }
    public void writeWholeLogTo(@NonNull OutputStream out) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public ACL getACL() { throw new UnsupportedOperationException(); }
    public synchronized void deleteArtifacts() throws IOException { throw new UnsupportedOperationException(); }
    public void delete() throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated protected final void run(@NonNull Runner job) { throw new UnsupportedOperationException(); }
    protected final void execute(@NonNull RunExecution job) { throw new UnsupportedOperationException(); }
    @Deprecated public final void updateSymlinks(@NonNull TaskListener listener) throws InterruptedException { throw new UnsupportedOperationException(); }
    protected void onStartBuilding() { throw new UnsupportedOperationException(); }
    protected void onEndBuilding() { throw new UnsupportedOperationException(); }
    public synchronized void save() throws IOException { throw new UnsupportedOperationException(); }
    protected Object writeReplace() { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public String getLog() throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public List<String> getLog(int maxLines) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public Summary getBuildStatusSummary() { throw new UnsupportedOperationException(); }
    public boolean canToggleLogKeep() { throw new UnsupportedOperationException(); }
    public void keepLog(boolean newValue) throws IOException { throw new UnsupportedOperationException(); }
    public void setDescription(String description) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public Map<String, String> getEnvVars() { throw new UnsupportedOperationException(); }
    @Deprecated public EnvVars getEnvironment() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public EnvVars getEnvironment(@NonNull TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public final EnvVars getCharacteristicEnvVars() { throw new UnsupportedOperationException(); }
    @NonNull public String getExternalizableId() { throw new UnsupportedOperationException(); }
    @CheckForNull public static Run<?, ?> fromExternalizableId(String id) throws IllegalArgumentException, AccessDeniedException { throw new UnsupportedOperationException(); }
    @Exported public long getEstimatedDuration() { throw new UnsupportedOperationException(); }
    protected void submit(JSONObject json) throws IOException { throw new UnsupportedOperationException(); }
    public static final Comparator<Run> ORDER_BY_DATE = null;
    public static final PermissionGroup PERMISSIONS = null;
    public static final Permission DELETE = null;
    public static final Permission UPDATE = null;
    public static final Permission ARTIFACTS = null;
    public Object getDynamic(String token, StaplerRequest2 req, StaplerResponse2 rsp) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public Object getTarget() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static boolean SKIP_PERMISSION_CHECK;
    public final class ArtifactList extends ArrayList<Artifact> {
        public Map<Artifact, String> getTree() { throw new UnsupportedOperationException(); }
        public void computeDisplayName() { throw new UnsupportedOperationException(); }
    }
    @ExportedBean public class Artifact {
        @Exported(visibility = 3) public final String relativePath;
        Artifact(String name, String relativePath, String href, String len, String treeNodeId) { throw new UnsupportedOperationException(); }
        @Deprecated @NonNull public File getFile() { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public String getFileName() { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public String getDisplayPath() { throw new UnsupportedOperationException(); }
        public String getHref() { throw new UnsupportedOperationException(); }
        public String getLength() { throw new UnsupportedOperationException(); }
        public long getFileSize() { throw new UnsupportedOperationException(); }
        public String getTreeNodeId() { throw new UnsupportedOperationException(); }
        public String toString() { throw new UnsupportedOperationException(); }
    }
    @Deprecated protected abstract class Runner extends RunExecution {
    }
    public abstract class RunExecution {
        @NonNull public abstract Result run(@NonNull BuildListener listener) throws Exception;
        public abstract void post(@NonNull BuildListener listener) throws Exception;
        public abstract void cleanUp(@NonNull BuildListener listener) throws Exception;
        @NonNull public RunT getBuild() { throw new UnsupportedOperationException(); }
        @NonNull public JobT getProject() { throw new UnsupportedOperationException(); }
        @NonNull public Map<Object, Object> getAttributes() { throw new UnsupportedOperationException(); }
    }
    public static final class RunnerAbortedException extends RuntimeException {
    }
    public static class Summary {
        public boolean isWorse;
        public String message;
        public Summary(boolean worse, String message) { throw new UnsupportedOperationException(); }
    }
    public final class KeepLogBuildBadge implements BuildBadgeAction {
        @CheckForNull public String getIconFileName() { throw new UnsupportedOperationException(); }
        @CheckForNull public String getDisplayName() { throw new UnsupportedOperationException(); }
        @CheckForNull public String getUrlName() { throw new UnsupportedOperationException(); }
        @CheckForNull public String getWhyKeepLog() { throw new UnsupportedOperationException(); }
    }
    public static class RedirectUp {
    }
}
