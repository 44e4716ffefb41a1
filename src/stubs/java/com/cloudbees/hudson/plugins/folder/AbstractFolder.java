// Compile-only stand-in; signatures from jenkinsci+cloudbees-folder-plugin @ HEAD : src/main/java/com/cloudbees/hudson/plugins/folder/AbstractFolder.java.
package com.cloudbees.hudson.plugins.folder;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractItem;
import hudson.model.Action;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.ModifiableViewGroup;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.TopLevelItem;
import hudson.model.View;
import hudson.model.listeners.RunListener;
import hudson.util.DescribableList;
import hudson.views.ViewsTabBar;
import jakarta.servlet.ServletException;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import jenkins.model.ModelObjectWithChildren;
import org.jenkins.ui.icon.IconSpec;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerOverridable;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.springframework.security.access.AccessDeniedException;

public abstract class AbstractFolder<I extends TopLevelItem> extends AbstractItem implements TopLevelItem, ItemGroup<I>, ModifiableViewGroup, StaplerFallback, ModelObjectWithChildren, StaplerOverridable, IconSpec {
    @Restricted(NoExternalUse.class) protected static final ThreadLocal<Boolean> reloadingThis = null;
    protected transient Map<String, I> items;
    protected AbstractFolder(ItemGroup parent, String name) { super(parent, name); throw new UnsupportedOperationException(); }
    protected void init() { throw new UnsupportedOperationException(); }
    public String getIconClassName() { throw new UnsupportedOperationException(); }
    protected void initViews(List<View> views) throws IOException { throw new UnsupportedOperationException(); }
    public static <K, V extends TopLevelItem> Map<K, V> loadChildren(AbstractFolder<V> parent, File modulesDir, Function<? super V, ? extends K> key) { throw new UnsupportedOperationException(); }
    public String getItemName(File dir, I item) { throw new UnsupportedOperationException(); }
    protected final I itemsPut(String name, I item) { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public void reloadThis() throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public void addLoadedChild(I item, String name) throws IOException, IllegalArgumentException { throw new UnsupportedOperationException(); }
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException { throw new UnsupportedOperationException(); }
    public AbstractFolderDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
    public DescribableList<AbstractFolderProperty<?>, AbstractFolderPropertyDescriptor> getProperties() { throw new UnsupportedOperationException(); }
    public void addProperty(AbstractFolderProperty p) throws IOException { throw new UnsupportedOperationException(); }
    protected File getJobsDir() { throw new UnsupportedOperationException(); }
    protected final File getRootDirFor(String name) { throw new UnsupportedOperationException(); }
    public File getRootDirFor(I child) { throw new UnsupportedOperationException(); }
    public String getUrlChildPrefix() { throw new UnsupportedOperationException(); }
    public I getJob(String name) { throw new UnsupportedOperationException(); }
    public String getPronoun() { throw new UnsupportedOperationException(); }
    public Collection<?> getOverrides() { throw new UnsupportedOperationException(); }
    public void addView(View v) throws IOException { throw new UnsupportedOperationException(); }
    public boolean canDelete(View view) { throw new UnsupportedOperationException(); }
    public void deleteView(View view) throws IOException { throw new UnsupportedOperationException(); }
    public View getView(String name) { throw new UnsupportedOperationException(); }
    @Exported public Collection<View> getViews() { throw new UnsupportedOperationException(); }
    public void resetFolderViews() { throw new UnsupportedOperationException(); }
    @Exported public View getPrimaryView() { throw new UnsupportedOperationException(); }
    public void setPrimaryView(View v) { throw new UnsupportedOperationException(); }
    public void onViewRenamed(View view, String oldName, String newName) { throw new UnsupportedOperationException(); }
    public ViewsTabBar getViewsTabBar() { throw new UnsupportedOperationException(); }
    public ItemGroup<? extends TopLevelItem> getItemGroup() { throw new UnsupportedOperationException(); }
    public List<Action> getViewActions() { throw new UnsupportedOperationException(); }
    public View getStaplerFallback() { throw new UnsupportedOperationException(); }
    public void invalidateBuildHealthReports() { throw new UnsupportedOperationException(); }
    public Collection<? extends Job> getAllJobs() { throw new UnsupportedOperationException(); }
    @Exported(name = "jobs") public Collection<I> getItems() { throw new UnsupportedOperationException(); }
    public Collection<I> getItems(Predicate<I> pred) { throw new UnsupportedOperationException(); }
    public boolean hasVisibleItems() { throw new UnsupportedOperationException(); }
    public I getItem(String name) throws AccessDeniedException { throw new UnsupportedOperationException(); }
    public void onRenamed(I item, String oldName, String newName) throws IOException { throw new UnsupportedOperationException(); }
    public void onDeleted(I item) throws IOException { throw new UnsupportedOperationException(); }
    public boolean isDisabled() { throw new UnsupportedOperationException(); }
    protected void setDisabled(boolean disabled) { throw new UnsupportedOperationException(); }
    public boolean supportsMakeDisabled() { throw new UnsupportedOperationException(); }
    public void makeDisabled(boolean disabled) throws IOException { throw new UnsupportedOperationException(); }
    public synchronized void save() throws IOException { throw new UnsupportedOperationException(); }
    public void renameTo(String newName) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @NonNull protected String getSuccessfulDestination() { throw new UnsupportedOperationException(); }
    protected void submit(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException, Descriptor.FormException { throw new UnsupportedOperationException(); }
    public boolean isNameEditable() { throw new UnsupportedOperationException(); }
    protected void checkRename(String newName) { throw new UnsupportedOperationException(); }
    @Deprecated @CheckForNull protected String renameBlocker() { throw new UnsupportedOperationException(); }
    @Extension public static class RunListenerImpl extends RunListener<Run> {
        public void onCompleted(Run run, @NonNull TaskListener listener) { throw new UnsupportedOperationException(); }
        public void onFinalized(Run run) { throw new UnsupportedOperationException(); }
        public void onStarted(Run run, TaskListener listener) { throw new UnsupportedOperationException(); }
        public void onDeleted(Run run) { throw new UnsupportedOperationException(); }
    }
}
