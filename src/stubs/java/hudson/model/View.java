// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/View.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.DescriptorExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Descriptor.FormException;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.util.RunList;
import hudson.views.ListViewColumn;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.xml.transform.Source;
import jenkins.model.Badgeable;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class View extends AbstractModelObject implements AccessControlled, Describable<View>, ExtensionPoint, Saveable, ModelObjectWithChildren, DescriptorByNameOwner, HasWidgets, Badgeable {
    protected ViewGroup owner;
    protected String name;
    protected String description;
    protected boolean filterExecutors;
    protected boolean filterQueue;
    protected View(String name) { throw new UnsupportedOperationException(); }
    protected View(String name, ViewGroup owner) { throw new UnsupportedOperationException(); }
    @NonNull @Exported(name = "jobs") public abstract Collection<TopLevelItem> getItems();
    public Collection<TopLevelItem> getAllItems() { throw new UnsupportedOperationException(); }
    public TopLevelItem getItem(String name) { throw new UnsupportedOperationException(); }
    public final TopLevelItem getJob(String name) { throw new UnsupportedOperationException(); }
    public abstract boolean contains(TopLevelItem item);
    @Exported(visibility = 2, name = "name") @NonNull public String getViewName() { throw new UnsupportedOperationException(); }
    public void rename(String newName) throws Failure, FormException { throw new UnsupportedOperationException(); }
    public ViewGroup getOwner() { throw new UnsupportedOperationException(); }
    @Deprecated public ItemGroup<? extends TopLevelItem> getOwnerItemGroup() { throw new UnsupportedOperationException(); }
    @Deprecated public View getOwnerPrimaryView() { throw new UnsupportedOperationException(); }
    @Deprecated public List<Action> getOwnerViewActions() { throw new UnsupportedOperationException(); }
    @Exported public synchronized String getDescription() { throw new UnsupportedOperationException(); }
    @DataBoundSetter public synchronized void setDescription(String description) { throw new UnsupportedOperationException(); }
    public void save() throws IOException { throw new UnsupportedOperationException(); }
    public ViewDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
    public String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getIconFileName() { throw new UnsupportedOperationException(); }
    public String getNewPronoun() { throw new UnsupportedOperationException(); }
    public boolean isEditable() { throw new UnsupportedOperationException(); }
    @Deprecated public boolean isAutomaticRefreshEnabled() { throw new UnsupportedOperationException(); }
    public boolean isFilterExecutors() { throw new UnsupportedOperationException(); }
    @DataBoundSetter public void setFilterExecutors(boolean filterExecutors) { throw new UnsupportedOperationException(); }
    public boolean isFilterQueue() { throw new UnsupportedOperationException(); }
    @DataBoundSetter public void setFilterQueue(boolean filterQueue) { throw new UnsupportedOperationException(); }
    public Iterable<? extends ListViewColumn> getColumns() { throw new UnsupportedOperationException(); }
    public boolean isDefault() { throw new UnsupportedOperationException(); }
    public List<Computer> getComputers() { throw new UnsupportedOperationException(); }
    public List<Queue.Item> getQueueItems() { throw new UnsupportedOperationException(); }
    @Deprecated public List<Queue.Item> getApproximateQueueItemsQuickly() { throw new UnsupportedOperationException(); }
    public String getUrl() { throw new UnsupportedOperationException(); }
    public String getViewUrl() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    public String getSearchUrl() { throw new UnsupportedOperationException(); }
    public String getSearchIcon() { throw new UnsupportedOperationException(); }
    public List<Action> getActions() { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) @Deprecated public void updateTransientActions() { throw new UnsupportedOperationException(); }
    public Object getDynamic(String token) { throw new UnsupportedOperationException(); }
    @Exported(visibility = 2, name = "url") public String getAbsoluteUrl() { throw new UnsupportedOperationException(); }
    public String getPostConstructLandingPage() { throw new UnsupportedOperationException(); }
    @NonNull public ACL getACL() { throw new UnsupportedOperationException(); }
    @Deprecated public void onJobRenamed(Item item, String oldName, String newName) { throw new UnsupportedOperationException(); }
    protected void submit(StaplerRequest2 req) throws IOException, ServletException, FormException { throw new UnsupportedOperationException(); }
    public RunList getBuilds() { throw new UnsupportedOperationException(); }
    public void writeXml(OutputStream out) throws IOException { throw new UnsupportedOperationException(); }
    public void updateByXml(Source source) throws IOException { throw new UnsupportedOperationException(); }
    public static DescriptorExtensionList<View, ViewDescriptor> all() { throw new UnsupportedOperationException(); }
    @NonNull public static List<ViewDescriptor> allInstantiable() { throw new UnsupportedOperationException(); }
    public static final Comparator<View> SORTER = null;
    public static final PermissionGroup PERMISSIONS = null;
    public static final Permission CREATE = null;
    public static final Permission DELETE = null;
    public static final Permission CONFIGURE = null;
    public static final Permission READ = null;
    public static Permission getItemCreatePermission() { throw new UnsupportedOperationException(); }
    public static View create(StaplerRequest2 req, StaplerResponse2 rsp, ViewGroup owner) throws FormException, IOException, ServletException { throw new UnsupportedOperationException(); }
    public static View createViewFromXML(String name, InputStream xml) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) public boolean isMyViewsProperty() { throw new UnsupportedOperationException(); }
}
