// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/AbstractItem.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import jakarta.servlet.ServletException;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import jenkins.model.DirectlyModifiableTopLevelItemGroup;
import jenkins.model.Loadable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpDeletable;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.interceptor.RequirePOST;

@ExportedBean public abstract class AbstractItem extends Actionable implements Loadable, Item, HttpDeletable, AccessControlled, DescriptorByNameOwner, StaplerProxy {
    protected transient String name;
    protected volatile String description;
    protected String displayName;
    protected AbstractItem(ItemGroup parent, String name) { throw new UnsupportedOperationException(); }
    @NonNull @Exported(visibility = 999) public String getName() { throw new UnsupportedOperationException(); }
    public String getPronoun() { throw new UnsupportedOperationException(); }
    public String getTaskNoun() { throw new UnsupportedOperationException(); }
    @Exported public String getDisplayName() { throw new UnsupportedOperationException(); }
    @Exported public String getDisplayNameOrNull() { throw new UnsupportedOperationException(); }
    public void setDisplayNameOrNull(String displayName) throws IOException { throw new UnsupportedOperationException(); }
    public void setDisplayName(String displayName) throws IOException { throw new UnsupportedOperationException(); }
    public File getRootDir() { throw new UnsupportedOperationException(); }
    @NonNull public ItemGroup getParent() { throw new UnsupportedOperationException(); }
    @Exported public String getDescription() { throw new UnsupportedOperationException(); }
    public void setDescription(String description) throws IOException { throw new UnsupportedOperationException(); }
    protected void doSetName(String name) { throw new UnsupportedOperationException(); }
    public boolean isNameEditable() { throw new UnsupportedOperationException(); }
    protected void checkRename(@NonNull String newName) throws Failure { throw new UnsupportedOperationException(); }
    protected void renameTo(String newName) throws IOException { throw new UnsupportedOperationException(); }
    public void movedTo(DirectlyModifiableTopLevelItemGroup destination, AbstractItem newItem, File destDir) throws IOException { throw new UnsupportedOperationException(); }
    public abstract Collection<? extends Job> getAllJobs();
    @NonNull @Exported public final String getFullName() { throw new UnsupportedOperationException(); }
    @Exported public final String getFullDisplayName() { throw new UnsupportedOperationException(); }
    public String getRelativeDisplayNameFrom(ItemGroup p) { throw new UnsupportedOperationException(); }
    public String getRelativeNameFromGroup(ItemGroup p) { throw new UnsupportedOperationException(); }
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException { throw new UnsupportedOperationException(); }
    public void onCopiedFrom(Item src) { throw new UnsupportedOperationException(); }
    public final String getUrl() { throw new UnsupportedOperationException(); }
    public String getShortUrl() { throw new UnsupportedOperationException(); }
    public String getSearchUrl() { throw new UnsupportedOperationException(); }
    @Exported(visibility = 999, name = "url") public final String getAbsoluteUrl() { throw new UnsupportedOperationException(); }
    @NonNull public ACL getACL() { throw new UnsupportedOperationException(); }
    public synchronized void save() throws IOException { throw new UnsupportedOperationException(); }
    protected Object writeReplace() { throw new UnsupportedOperationException(); }
    public void delete(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public void delete() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    protected void performDelete() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public void writeConfigDotXml(OutputStream os) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public void updateByXml(StreamSource source) throws IOException { throw new UnsupportedOperationException(); }
    public void updateByXml(Source source) throws IOException { throw new UnsupportedOperationException(); }
    @RequirePOST public void doReload() throws IOException { throw new UnsupportedOperationException(); }
    public void load() throws IOException { throw new UnsupportedOperationException(); }
    public String getSearchName() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public Object getTarget() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static boolean SKIP_PERMISSION_CHECK;
}
