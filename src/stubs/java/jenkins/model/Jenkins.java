// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/Jenkins.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.DescriptorExtensionList;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.Launcher;
import hudson.RestrictedSince;
import hudson.model.AbstractCIBase;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.AdministrativeMonitor;
import hudson.model.Computer;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.DescriptorByNameOwner;
import hudson.model.Failure;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.JobPropertyDescriptor;
import hudson.model.Label;
import hudson.model.ModifiableViewGroup;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.TaskListener;
import hudson.model.TopLevelItem;
import hudson.model.TopLevelItemDescriptor;
import hudson.model.User;
import hudson.model.View;
import hudson.model.labels.LabelAtom;
import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.slaves.NodeDescriptor;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.slaves.RetentionStrategy;
import hudson.tasks.Builder;
import hudson.tasks.Publisher;
import hudson.triggers.TriggerDescriptor;
import hudson.util.ClockDifference;
import hudson.util.ComboBoxModel;
import hudson.util.DescribableList;
import hudson.util.FormValidation;
import hudson.views.ViewsTabBar;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.logging.LogRecord;
import javax.crypto.SecretKey;
import jenkins.util.io.OnMaster;
import org.jvnet.hudson.reactor.ReactorException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

@ExportedBean public class Jenkins extends AbstractCIBase implements DirectlyModifiableTopLevelItemGroup, StaplerProxy, StaplerFallback, ModifiableViewGroup, AccessControlled, DescriptorByNameOwner, ModelObjectWithContextMenu, ModelObjectWithChildren, OnMaster, Loadable {
    public final transient File root;
    protected final transient ConcurrentMap<Node, Computer> computers;
    @Restricted(Beta.class) public void loadNode(File dir) throws IOException { throw new UnsupportedOperationException(); }
    public ServletContext getServletContext() { throw new UnsupportedOperationException(); }
    public final transient List<AdministrativeMonitor> administrativeMonitors;
    @NonNull public static Jenkins get() throws IllegalStateException { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public static Jenkins getActiveInstance() throws IllegalStateException { throw new UnsupportedOperationException(); }
    @Nullable @Deprecated public static Jenkins getInstance() { throw new UnsupportedOperationException(); }
    protected Jenkins(File root, ServletContext context) throws IOException, InterruptedException, ReactorException { throw new UnsupportedOperationException(); }
    protected Object readResolve() { throw new UnsupportedOperationException(); }
    @Exported public int getSlaveAgentPort() { throw new UnsupportedOperationException(); }
    public boolean isSlaveAgentPortEnforced() { throw new UnsupportedOperationException(); }
    public void setSlaveAgentPort(int port) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public synchronized Set<String> getAgentProtocols() { throw new UnsupportedOperationException(); }
    @Deprecated public synchronized void setAgentProtocols(@NonNull Set<String> protocols) { throw new UnsupportedOperationException(); }
    public void setNodeName(String name) { throw new UnsupportedOperationException(); }
    public String getNodeDescription() { throw new UnsupportedOperationException(); }
    @Exported public String getDescription() { throw new UnsupportedOperationException(); }
    @CheckForNull public Boolean isNoUsageStatistics() { throw new UnsupportedOperationException(); }
    public boolean isUsageStatisticsCollected() { throw new UnsupportedOperationException(); }
    public void setNoUsageStatistics(Boolean noUsageStatistics) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public String getSecretKey() { throw new UnsupportedOperationException(); }
    @Deprecated public SecretKey getSecretKeyAsAES128() { throw new UnsupportedOperationException(); }
    public String getLegacyInstanceId() { throw new UnsupportedOperationException(); }
    public Descriptor<Builder> getBuilder(String shortClassName) { throw new UnsupportedOperationException(); }
    public Descriptor<Publisher> getPublisher(String shortClassName) { throw new UnsupportedOperationException(); }
    public TriggerDescriptor getTrigger(String shortClassName) { throw new UnsupportedOperationException(); }
    public Descriptor<RetentionStrategy<?>> getRetentionStrategy(String shortClassName) { throw new UnsupportedOperationException(); }
    public JobPropertyDescriptor getJobProperty(String shortClassName) { throw new UnsupportedOperationException(); }
    public Descriptor getDescriptor(String id) { throw new UnsupportedOperationException(); }
    public Descriptor getDescriptorByName(String id) { throw new UnsupportedOperationException(); }
    @CheckForNull public Descriptor getDescriptor(Class<? extends Describable> type) { throw new UnsupportedOperationException(); }
    @NonNull public Descriptor getDescriptorOrDie(Class<? extends Describable> type) { throw new UnsupportedOperationException(); }
    public <T extends Descriptor> T getDescriptorByType(Class<T> type) { throw new UnsupportedOperationException(); }
    protected void updateNewComputer(Node n) { throw new UnsupportedOperationException(); }
    protected void updateComputerList() { throw new UnsupportedOperationException(); }
    protected void updateComputers(@NonNull Node... nodes) { throw new UnsupportedOperationException(); }
    public String getSystemMessage() { throw new UnsupportedOperationException(); }
    public void setSystemMessage(String message) throws IOException { throw new UnsupportedOperationException(); }
    public Launcher createLauncher(TaskListener listener) { throw new UnsupportedOperationException(); }
    @NonNull public String getFullName() { throw new UnsupportedOperationException(); }
    public String getFullDisplayName() { throw new UnsupportedOperationException(); }
    public List<Action> getActions() { throw new UnsupportedOperationException(); }
    @Exported(name = "jobs") public List<TopLevelItem> getItems() { throw new UnsupportedOperationException(); }
    public List<TopLevelItem> getItems(Predicate<TopLevelItem> pred) { throw new UnsupportedOperationException(); }
    public Map<String, TopLevelItem> getItemMap() { throw new UnsupportedOperationException(); }
    public <T> List<T> getItems(Class<T> type) { throw new UnsupportedOperationException(); }
    public Collection<String> getJobNames() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public ComboBoxModel doFillJobNameItems() { throw new UnsupportedOperationException(); }
    public List<Action> getViewActions() { throw new UnsupportedOperationException(); }
    public Collection<String> getTopLevelItemNames() { throw new UnsupportedOperationException(); }
    @CheckForNull public View getView(@CheckForNull String name) { throw new UnsupportedOperationException(); }
    @Exported public Collection<View> getViews() { throw new UnsupportedOperationException(); }
    public void addView(@NonNull View v) throws IOException { throw new UnsupportedOperationException(); }
    public void setViews(Collection<View> views) throws IOException { throw new UnsupportedOperationException(); }
    public boolean canDelete(View view) { throw new UnsupportedOperationException(); }
    public synchronized void deleteView(View view) throws IOException { throw new UnsupportedOperationException(); }
    public void onViewRenamed(View view, String oldName, String newName) { throw new UnsupportedOperationException(); }
    @Exported public View getPrimaryView() { throw new UnsupportedOperationException(); }
    public void setPrimaryView(@NonNull View v) { throw new UnsupportedOperationException(); }
    public ViewsTabBar getViewsTabBar() { throw new UnsupportedOperationException(); }
    public void setViewsTabBar(ViewsTabBar viewsTabBar) { throw new UnsupportedOperationException(); }
    public Jenkins getItemGroup() { throw new UnsupportedOperationException(); }
    public Computer[] getComputers() { throw new UnsupportedOperationException(); }
    @CheckForNull public Label getLabel(String expr) { throw new UnsupportedOperationException(); }
    @Nullable public LabelAtom getLabelAtom(@CheckForNull String name) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @Nullable public LabelAtom tryGetLabelAtom(@NonNull String name) { throw new UnsupportedOperationException(); }
    public Set<Label> getLabels() { throw new UnsupportedOperationException(); }
    protected Set<LabelAtom> getLabelAtomSet() { throw new UnsupportedOperationException(); }
    public Set<LabelAtom> getLabelAtoms() { throw new UnsupportedOperationException(); }
    public Queue getQueue() { throw new UnsupportedOperationException(); }
    public String getDisplayName() { throw new UnsupportedOperationException(); }
    @CheckForNull public Node getNode(String name) { throw new UnsupportedOperationException(); }
    @CheckForNull @Restricted(Beta.class) public Node getOrLoadNode(String nodeName) { throw new UnsupportedOperationException(); }
    protected ConcurrentMap<Node, Computer> getComputerMap() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public Collection<Computer> getComputersCollection() { throw new UnsupportedOperationException(); }
    @NonNull public List<Node> getNodes() { throw new UnsupportedOperationException(); }
    public void addNode(Node n) throws IOException { throw new UnsupportedOperationException(); }
    public void removeNode(@NonNull Node n) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public void unloadNode(@NonNull Node n) { throw new UnsupportedOperationException(); }
    public boolean updateNode(Node n) throws IOException { throw new UnsupportedOperationException(); }
    public void setNodes(List<? extends Node> n) throws IOException { throw new UnsupportedOperationException(); }
    public DescribableList<NodeProperty<?>, NodePropertyDescriptor> getNodeProperties() { throw new UnsupportedOperationException(); }
    public DescribableList<NodeProperty<?>, NodePropertyDescriptor> getGlobalNodeProperties() { throw new UnsupportedOperationException(); }
    @CheckForNull public AdministrativeMonitor getAdministrativeMonitor(String id) { throw new UnsupportedOperationException(); }
    public List<AdministrativeMonitor> getActiveAdministrativeMonitors() { throw new UnsupportedOperationException(); }
    public NodeDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
    public int getQuietPeriod() { throw new UnsupportedOperationException(); }
    public void setQuietPeriod(Integer quietPeriod) throws IOException { throw new UnsupportedOperationException(); }
    public int getScmCheckoutRetryCount() { throw new UnsupportedOperationException(); }
    public void setScmCheckoutRetryCount(int scmCheckoutRetryCount) throws IOException { throw new UnsupportedOperationException(); }
    public String getSearchUrl() { throw new UnsupportedOperationException(); }
    public String getUrlChildPrefix() { throw new UnsupportedOperationException(); }
    @Nullable public String getRootUrl() throws IllegalStateException { throw new UnsupportedOperationException(); }
    @Exported(name = "url") @Restricted(DoNotUse.class) @CheckForNull public String getConfiguredRootUrl() { throw new UnsupportedOperationException(); }
    public boolean isRootUrlSecure() { throw new UnsupportedOperationException(); }
    @NonNull public String getRootUrlFromRequest() { throw new UnsupportedOperationException(); }
    public File getRootDir() { throw new UnsupportedOperationException(); }
    public FilePath getWorkspaceFor(TopLevelItem item) { throw new UnsupportedOperationException(); }
    public File getBuildDirFor(Job job) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public boolean isDefaultBuildDir() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static String expandVariablesForDirectory(String base, String itemFullName, String itemRootDir) { throw new UnsupportedOperationException(); }
    public String getRawWorkspaceDir() { throw new UnsupportedOperationException(); }
    public String getRawBuildsDir() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public void setRawBuildsDir(String buildsDir) { throw new UnsupportedOperationException(); }
    @NonNull public FilePath getRootPath() { throw new UnsupportedOperationException(); }
    public FilePath createPath(String absolutePath) { throw new UnsupportedOperationException(); }
    public ClockDifference getClockDifference() { throw new UnsupportedOperationException(); }
    public Callable<ClockDifference, IOException> getClockDifferenceCallable() { throw new UnsupportedOperationException(); }
    @Exported public boolean isUseSecurity() { throw new UnsupportedOperationException(); }
    public boolean isUseProjectNamingStrategy() { throw new UnsupportedOperationException(); }
    @Exported public boolean isUseCrumbs() { throw new UnsupportedOperationException(); }
    public boolean isDisableRememberMe() { throw new UnsupportedOperationException(); }
    public void setDisableRememberMe(boolean disableRememberMe) { throw new UnsupportedOperationException(); }
    public void disableSecurity() { throw new UnsupportedOperationException(); }
    public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) { throw new UnsupportedOperationException(); }
    @Deprecated(since = "2.519") public ExtensionList getExtensionList(String extensionType) throws ClassNotFoundException { throw new UnsupportedOperationException(); }
    @NonNull public <T extends Describable<T>, D extends Descriptor<T>> DescriptorExtensionList<T, D> getDescriptorList(Class<T> type) { throw new UnsupportedOperationException(); }
    @NonNull public ACL getACL() { throw new UnsupportedOperationException(); }
    @Exported public boolean isQuietingDown() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @NonNull public boolean isPreparingSafeRestart() { throw new UnsupportedOperationException(); }
    @Exported @CheckForNull public String getQuietDownReason() { throw new UnsupportedOperationException(); }
    public boolean isTerminating() { throw new UnsupportedOperationException(); }
    public void setNumExecutors(int n) throws IOException, IllegalArgumentException { throw new UnsupportedOperationException(); }
    public TopLevelItem getItem(String name) throws AccessDeniedException { throw new UnsupportedOperationException(); }
    public Item getItem(String pathName, ItemGroup context) { throw new UnsupportedOperationException(); }
    public final Item getItem(String pathName, Item context) { throw new UnsupportedOperationException(); }
    public final <T extends Item> T getItem(String pathName, ItemGroup context, @NonNull Class<T> type) { throw new UnsupportedOperationException(); }
    public final <T extends Item> T getItem(String pathName, Item context, Class<T> type) { throw new UnsupportedOperationException(); }
    public File getRootDirFor(TopLevelItem child) { throw new UnsupportedOperationException(); }
    @CheckForNull public <T extends Item> T getItemByFullName(@NonNull String fullName, Class<T> type) throws AccessDeniedException { throw new UnsupportedOperationException(); }
    @CheckForNull public Item getItemByFullName(String fullName) { throw new UnsupportedOperationException(); }
    @CheckForNull public User getUser(String name) { throw new UnsupportedOperationException(); }
    @NonNull public synchronized TopLevelItem createProject(@NonNull TopLevelItemDescriptor type, @NonNull String name) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public synchronized TopLevelItem createProject(@NonNull TopLevelItemDescriptor type, @NonNull String name, boolean notify) throws IOException { throw new UnsupportedOperationException(); }
    public synchronized void putItem(TopLevelItem item) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public synchronized <T extends TopLevelItem> T createProject(@NonNull Class<T> type, @NonNull String name) throws IOException { throw new UnsupportedOperationException(); }
    public void onRenamed(TopLevelItem job, String oldName, String newName) throws IOException { throw new UnsupportedOperationException(); }
    public void onDeleted(TopLevelItem item) throws IOException { throw new UnsupportedOperationException(); }
    public boolean canAdd(TopLevelItem item) { throw new UnsupportedOperationException(); }
    public synchronized <I extends TopLevelItem> I add(I item, String name) throws IOException, IllegalArgumentException { throw new UnsupportedOperationException(); }
    public void remove(TopLevelItem item) throws IOException, IllegalArgumentException { throw new UnsupportedOperationException(); }
    public int getNumExecutors() { throw new UnsupportedOperationException(); }
    public Mode getMode() { throw new UnsupportedOperationException(); }
    public void setMode(Mode m) throws IOException { throw new UnsupportedOperationException(); }
    public String getLabelString() { throw new UnsupportedOperationException(); }
    public void setLabelString(String label) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public LabelAtom getSelfLabel() { throw new UnsupportedOperationException(); }
    @NonNull public Computer createComputer() { throw new UnsupportedOperationException(); }
    public void load() throws IOException { throw new UnsupportedOperationException(); }
    public synchronized void save() throws IOException { throw new UnsupportedOperationException(); }
    public void cleanUp() { throw new UnsupportedOperationException(); }
    public Object getDynamic(String token) { throw new UnsupportedOperationException(); }
    public Map<String, Map<String, String>> getAllThreadDumps() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public TopLevelItem createProjectFromXML(String name, InputStream xml) throws IOException { throw new UnsupportedOperationException(); }
    public <T extends TopLevelItem> T copy(T src, String name) throws IOException { throw new UnsupportedOperationException(); }
    public <T extends AbstractProject<?, ?>> T copy(T src, String name) throws IOException { throw new UnsupportedOperationException(); }
    public static void checkGoodName(String name) throws Failure { throw new UnsupportedOperationException(); }
    public void reload() throws IOException, InterruptedException, ReactorException { throw new UnsupportedOperationException(); }
    @RequirePOST public void doSimulateOutOfMemory() throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public static Authentication getAuthentication2() { throw new UnsupportedOperationException(); }
    public static void _doScript(StaplerRequest2 req, StaplerResponse2 rsp, RequestDispatcher view, VirtualChannel channel, ACL acl) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public static final Set<String> ALLOWED_RESOURCE_EXTENSIONS = null;
    @Restricted(NoExternalUse.class) @RestrictedSince("2.37") @Deprecated public static boolean isCheckURIEncodingEnabled() { throw new UnsupportedOperationException(); }
    public void rebuildDependencyGraph() { throw new UnsupportedOperationException(); }
    public User getMe() { throw new UnsupportedOperationException(); }
    public Object getTarget() { throw new UnsupportedOperationException(); }
    public boolean isSubjectToMandatoryReadPermissionCheck(String restOfPath) { throw new UnsupportedOperationException(); }
    public Collection<String> getUnprotectedRootActions() { throw new UnsupportedOperationException(); }
    public View getStaplerFallback() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public FormValidation checkDisplayName(String displayName, TopLevelItem item) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <T> T lookup(Class<T> type) { throw new UnsupportedOperationException(); }
    public static List<LogRecord> logRecords;
    @Restricted(NoExternalUse.class) public static final String UNCOMPUTED_VERSION = "?";
    public static String VERSION;
    @Restricted(NoExternalUse.class) public static String CHANGELOG_URL;
    @Restricted(NoExternalUse.class) public boolean shouldShowStackTrace() { throw new UnsupportedOperationException(); }
    public static String VERSION_HASH;
    public static String SESSION_HASH;
    public static String RESOURCE_PATH;
    public static String VIEW_RESOURCE_PATH;
    public static boolean PARALLEL_LOAD;
    public static boolean KILL_AFTER_LOAD;
    @Deprecated public static boolean FLYWEIGHT_SUPPORT;
    @Restricted(NoExternalUse.class) @Deprecated public static boolean CONCURRENT_BUILD;
    @Restricted(NoExternalUse.class) public static final String NAME_VALIDATION_REJECTS_TRAILING_DOT_PROP = null;
    public static boolean AUTOMATIC_AGENT_LAUNCH;
    public static int EXTEND_TIMEOUT_SECONDS;
    public static final PermissionGroup PERMISSIONS = null;
    public static final Permission ADMINISTER = null;
    public static final Permission MANAGE = null;
    public static final Permission SYSTEM_READ = null;
    @Restricted(NoExternalUse.class) public static final Permission[] MANAGE_AND_SYSTEM_READ = null;
    public static final Permission READ = null;
    @Deprecated public static final Permission RUN_SCRIPTS = null;
    public static final Authentication ANONYMOUS2 = null;
    public interface JenkinsHolder {
        @CheckForNull Jenkins getInstance();
    }
    @Extension @Restricted(NoExternalUse.class) public static class EnforceSlaveAgentPortAdministrativeMonitor extends AdministrativeMonitor {
        public String getDisplayName() { throw new UnsupportedOperationException(); }
        public String getSystemPropertyName() { throw new UnsupportedOperationException(); }
        public int getExpectedPort() { throw new UnsupportedOperationException(); }
        public boolean isActivated() { throw new UnsupportedOperationException(); }
    }
    public static final class DescriptorImpl extends NodeDescriptor {
        @Extension public static final DescriptorImpl INSTANCE = null;
        public boolean isInstantiable() { throw new UnsupportedOperationException(); }
        public Object getDynamic(String token) { throw new UnsupportedOperationException(); }
    }
}
