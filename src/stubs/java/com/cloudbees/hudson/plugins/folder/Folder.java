// Compile-only stand-in; signatures from jenkinsci+cloudbees-folder-plugin @ HEAD : src/main/java/com/cloudbees/hudson/plugins/folder/Folder.java.
package com.cloudbees.hudson.plugins.folder;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Descriptor.FormException;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import hudson.model.TopLevelItemDescriptor;
import hudson.model.View;
import hudson.util.DescribableList;
import hudson.views.ListViewColumn;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import jenkins.model.DirectlyModifiableTopLevelItemGroup;
import jenkins.model.TransientActionFactory;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public class Folder extends AbstractFolder<TopLevelItem> implements DirectlyModifiableTopLevelItemGroup {
    public Folder(ItemGroup parent, String name) { super(parent, name); throw new UnsupportedOperationException(); }
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException { throw new UnsupportedOperationException(); }
    protected final void init() { throw new UnsupportedOperationException(); }
    protected void initViews(List<View> views) throws IOException { throw new UnsupportedOperationException(); }
    public void onCreatedFromScratch() { throw new UnsupportedOperationException(); }
    @Deprecated protected void updateTransientActions() { throw new UnsupportedOperationException(); }
    @Deprecated protected List<Action> createTransientActions() { throw new UnsupportedOperationException(); }
    public String getNewPronoun() { throw new UnsupportedOperationException(); }
    @Deprecated public DescribableList<ListViewColumn, Descriptor<ListViewColumn>> getColumns() { throw new UnsupportedOperationException(); }
    @Deprecated public void addProperty(FolderProperty<?> p) throws IOException { throw new UnsupportedOperationException(); }
    public void onCopiedFrom(Item _src) { throw new UnsupportedOperationException(); }
    public <T extends TopLevelItem> T copy(T src, String name) throws IOException { throw new UnsupportedOperationException(); }
    public TopLevelItem createProjectFromXML(String name, InputStream xml) throws IOException { throw new UnsupportedOperationException(); }
    public <T extends TopLevelItem> T createProject(@NonNull Class<T> type, @NonNull String name) throws IOException { throw new UnsupportedOperationException(); }
    public TopLevelItem createProject(@NonNull TopLevelItemDescriptor type, @NonNull String name) throws IOException { throw new UnsupportedOperationException(); }
    public TopLevelItem createProject(@NonNull TopLevelItemDescriptor type, @NonNull String name, boolean notify) throws IOException { throw new UnsupportedOperationException(); }
    protected void submit(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException, FormException { throw new UnsupportedOperationException(); }
    public List<TopLevelItemDescriptor> getItemDescriptors() { throw new UnsupportedOperationException(); }
    public boolean isAllowedChildDescriptor(TopLevelItemDescriptor tid) { throw new UnsupportedOperationException(); }
    public boolean isAllowedChild(TopLevelItem tid) { throw new UnsupportedOperationException(); }
    public DescriptorImpl getDescriptor() { throw new UnsupportedOperationException(); }
    public boolean canAdd(TopLevelItem item) { throw new UnsupportedOperationException(); }
    public <I extends TopLevelItem> I add(I item, String name) throws IOException, IllegalArgumentException { throw new UnsupportedOperationException(); }
    public void remove(TopLevelItem item) throws IOException, IllegalArgumentException { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) @Deprecated @Extension public static class DeprecatedTransientActions extends TransientActionFactory<Folder> {
        public Class<Folder> type() { throw new UnsupportedOperationException(); }
        public Collection<? extends Action> createFor(Folder target) { throw new UnsupportedOperationException(); }
    }
    @Extension public static class DescriptorImpl extends AbstractFolderDescriptor {
        public String getDescription() { throw new UnsupportedOperationException(); }
        public TopLevelItem newInstance(ItemGroup parent, String name) { throw new UnsupportedOperationException(); }
    }
}
