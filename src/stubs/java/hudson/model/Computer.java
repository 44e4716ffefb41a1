// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Computer.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import edu.umd.cs.findbugs.annotations.OverrideMustInvoke;
import hudson.EnvVars;
import hudson.model.labels.LabelAtom;
import hudson.remoting.VirtualChannel;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.slaves.RetentionStrategy;
import hudson.util.RunList;
import jakarta.servlet.ServletException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.logging.LogRecord;
import jenkins.model.IComputer;
import jenkins.model.IDisplayExecutor;
import jenkins.widgets.HasWidgets;
import net.jcip.annotations.GuardedBy;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class Computer extends Actionable implements AccessControlled, IComputer, ExecutorListener, DescriptorByNameOwner, StaplerProxy, HasWidgets {
    protected String nodeName;
    protected transient List<Action> transientActions;
    protected final Object statusChangeLock;
    public void recordTermination() { throw new UnsupportedOperationException(); }
    public List<TerminationRequest> getTerminatedBy() { throw new UnsupportedOperationException(); }
    protected Computer(Node node) { throw new UnsupportedOperationException(); }
    @NonNull public List<Action> getActions() { throw new UnsupportedOperationException(); }
    public void addAction(@NonNull Action a) { throw new UnsupportedOperationException(); }
    @NonNull public File getLogFile() { throw new UnsupportedOperationException(); }
    @NonNull protected File getLogDir() { throw new UnsupportedOperationException(); }
    public String getLog() throws IOException { throw new UnsupportedOperationException(); }
    public boolean hasOfflineCause() { throw new UnsupportedOperationException(); }
    @Exported public String getOfflineCauseReason() { throw new UnsupportedOperationException(); }
    @Nullable public abstract VirtualChannel getChannel();
    public abstract Charset getDefaultCharset();
    public abstract List<LogRecord> getLogRecords() throws IOException, InterruptedException;
    public abstract void doLaunchSlaveAgent(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException;
    @Deprecated public final void launch() { throw new UnsupportedOperationException(); }
    public final Future<?> connect(boolean forceReconnect) { throw new UnsupportedOperationException(); }
    protected abstract Future<?> _connect(boolean forceReconnect);
    @Deprecated public void cliConnect(boolean force) throws ExecutionException, InterruptedException { throw new UnsupportedOperationException(); }
    public final long getConnectTime() { throw new UnsupportedOperationException(); }
    @Deprecated public Future<?> disconnect() { throw new UnsupportedOperationException(); }
    @Deprecated public void cliDisconnect(String cause) throws ExecutionException, InterruptedException { throw new UnsupportedOperationException(); }
    @Deprecated public void cliOffline(String cause) throws ExecutionException, InterruptedException { throw new UnsupportedOperationException(); }
    @Deprecated public void cliOnline() throws ExecutionException, InterruptedException { throw new UnsupportedOperationException(); }
    @Exported public int getNumExecutors() { throw new UnsupportedOperationException(); }
    @NonNull public String getName() { throw new UnsupportedOperationException(); }
    @CheckForNull public abstract Boolean isUnix();
    @CheckForNull public Node getNode() { throw new UnsupportedOperationException(); }
    @Exported public boolean isOffline() { throw new UnsupportedOperationException(); }
    public final boolean isOnline() { throw new UnsupportedOperationException(); }
    public boolean isConnected() { throw new UnsupportedOperationException(); }
    @Exported public boolean isManualLaunchAllowed() { throw new UnsupportedOperationException(); }
    @Exported @Deprecated public boolean isJnlpAgent() { throw new UnsupportedOperationException(); }
    @Exported public boolean isLaunchSupported() { throw new UnsupportedOperationException(); }
    @Exported @Deprecated public boolean isTemporarilyOffline() { throw new UnsupportedOperationException(); }
    @Deprecated public void setTemporarilyOffline(boolean temporarilyOffline) { throw new UnsupportedOperationException(); }
    public String getTemporaryOfflineCauseReason() { throw new UnsupportedOperationException(); }
    @Exported public String getIcon() { throw new UnsupportedOperationException(); }
    @Exported public String getIconClassName() { throw new UnsupportedOperationException(); }
    @Exported @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getCaption() { throw new UnsupportedOperationException(); }
    @NonNull public String getUrl() { throw new UnsupportedOperationException(); }
    @Exported public Set<LabelAtom> getAssignedLabels() { throw new UnsupportedOperationException(); }
    public List<AbstractProject> getTiedJobs() { throw new UnsupportedOperationException(); }
    public RunList getBuilds() { throw new UnsupportedOperationException(); }
    protected void setNode(Node node) { throw new UnsupportedOperationException(); }
    protected void kill() { throw new UnsupportedOperationException(); }
    protected void onRemoved() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @GuardedBy("hudson.model.Queue.lock") public void setNumExecutors(int n) { throw new UnsupportedOperationException(); }
    public int countIdle() { throw new UnsupportedOperationException(); }
    public final int countBusy() { throw new UnsupportedOperationException(); }
    public final int countExecutors() { throw new UnsupportedOperationException(); }
    public List<Executor> getAllExecutors() { throw new UnsupportedOperationException(); }
    @NonNull public List<IDisplayExecutor> getDisplayExecutors() { throw new UnsupportedOperationException(); }
    @Exported public final boolean isIdle() { throw new UnsupportedOperationException(); }
    public final boolean isPartiallyIdle() { throw new UnsupportedOperationException(); }
    public final long getIdleStartMilliseconds() { throw new UnsupportedOperationException(); }
    public final long getDemandStartMilliseconds() { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) @Exported @NonNull public String getDescription() { throw new UnsupportedOperationException(); }
    protected void removeExecutor(Executor e) { throw new UnsupportedOperationException(); }
    protected boolean isAlive() { throw new UnsupportedOperationException(); }
    public void interrupt() { throw new UnsupportedOperationException(); }
    public String getSearchUrl() { throw new UnsupportedOperationException(); }
    public abstract RetentionStrategy getRetentionStrategy();
    @Exported(inline = true) public Map<String, Object> getMonitorData() { throw new UnsupportedOperationException(); }
    public Map<Object, Object> getSystemProperties() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @Deprecated public Map<String, String> getEnvVars() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public EnvVars getEnvironment() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public EnvVars buildEnvironment(@NonNull TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public Map<String, String> getThreadDump() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public String getHostName() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public static final ExecutorService threadPoolForRemoting = null;
    protected void _doScript(StaplerRequest2 req, StaplerResponse2 rsp, String view) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public void updateByXml(InputStream source) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public void waitUntilOnline() throws InterruptedException { throw new UnsupportedOperationException(); }
    public void waitUntilOffline() throws InterruptedException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public Object getTarget() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static boolean SKIP_PERMISSION_CHECK;
    @Nullable public static Computer currentComputer() { throw new UnsupportedOperationException(); }
    @OverrideMustInvoke public boolean isAcceptingTasks() { throw new UnsupportedOperationException(); }
    public static final PermissionGroup PERMISSIONS = null;
    public static final Permission CONFIGURE = null;
    public static final Permission EXTENDED_READ = null;
    public static final Permission DELETE = null;
    public static final Permission CREATE = null;
    public static final Permission DISCONNECT = null;
    public static final Permission CONNECT = null;
    public static final Permission BUILD = null;
    @Restricted(NoExternalUse.class) public static final Permission[] EXTENDED_READ_AND_CONNECT = null;
    public static class TerminationRequest extends RuntimeException {
        public TerminationRequest(String message) { throw new UnsupportedOperationException(); }
        public long getWhen() { throw new UnsupportedOperationException(); }
    }
}
