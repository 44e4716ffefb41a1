// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ListView.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Descriptor.FormException;
import hudson.util.DescribableList;
import hudson.views.ListViewColumn;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.interceptor.RequirePOST;

public class ListView extends View implements DirectlyModifiableView {
    @DataBoundConstructor public ListView(String name) { super(name); throw new UnsupportedOperationException(); }
    public ListView(String name, ViewGroup owner) { super(name, owner); throw new UnsupportedOperationException(); }
    @DataBoundSetter public void setColumns(List<ListViewColumn> columns) throws IOException { throw new UnsupportedOperationException(); }
    protected Object readResolve() { throw new UnsupportedOperationException(); }
    protected void initColumns() { throw new UnsupportedOperationException(); }
    protected void initJobFilters() { throw new UnsupportedOperationException(); }
    public boolean hasJobFilterExtensions() { throw new UnsupportedOperationException(); }
    public DescribableList<ListViewColumn, Descriptor<ListViewColumn>> getColumns() { throw new UnsupportedOperationException(); }
    public synchronized Set<String> getJobNames() { throw new UnsupportedOperationException(); }
    public List<TopLevelItem> getItems() { throw new UnsupportedOperationException(); }
    public boolean contains(TopLevelItem item) { throw new UnsupportedOperationException(); }
    public synchronized boolean jobNamesContains(TopLevelItem item) { throw new UnsupportedOperationException(); }
    public void add(TopLevelItem item) throws IOException { throw new UnsupportedOperationException(); }
    public boolean remove(TopLevelItem item) throws IOException { throw new UnsupportedOperationException(); }
    public String getIncludeRegex() { throw new UnsupportedOperationException(); }
    public boolean isRecurse() { throw new UnsupportedOperationException(); }
    @DataBoundSetter public void setRecurse(boolean recurse) { throw new UnsupportedOperationException(); }
    @Deprecated public Boolean getStatusFilter() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public boolean isAddToCurrentView() { throw new UnsupportedOperationException(); }
    @RequirePOST public HttpResponse doAddJobToView(@QueryParameter String name) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    @RequirePOST public HttpResponse doRemoveJobFromView(@QueryParameter String name) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    protected void submit(StaplerRequest2 req) throws ServletException, FormException, IOException { throw new UnsupportedOperationException(); }
    @DataBoundSetter public void setIncludeRegex(String includeRegex) { throw new UnsupportedOperationException(); }
    @DataBoundSetter public synchronized void setJobNames(Set<String> jobNames) { throw new UnsupportedOperationException(); }
    @Deprecated @DataBoundSetter public void setStatusFilter(Boolean statusFilter) { throw new UnsupportedOperationException(); }
    @Deprecated public static List<ListViewColumn> getDefaultColumns() { throw new UnsupportedOperationException(); }
    @Extension @Symbol("list") public static class DescriptorImpl extends ViewDescriptor {
        @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    }
}
