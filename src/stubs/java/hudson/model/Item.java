// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Item.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.search.SearchableModelObject;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;
import jenkins.model.Named;
import jenkins.util.io.OnMaster;

public interface Item extends PersistenceRoot, FullyNamedModelObject, SearchableModelObject, FullyNamed, Named, AccessControlled, OnMaster {
    ItemGroup<? extends Item> getParent();
    Collection<? extends Job> getAllJobs();
    @NonNull String getName();
    @NonNull String getFullName();
    String getDisplayName();
    @Nullable default String getRelativeNameFrom(@CheckForNull ItemGroup g) { throw new UnsupportedOperationException(); }
    @Nullable default String getRelativeNameFrom(@NonNull Item item) { throw new UnsupportedOperationException(); }
    String getUrl();
    String getShortUrl();
    @Deprecated default String getAbsoluteUrl() { throw new UnsupportedOperationException(); }
    void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException;
    void onCopiedFrom(Item src);
    default void onCreatedFromScratch() { throw new UnsupportedOperationException(); }
    void save() throws IOException;
    void delete() throws IOException, InterruptedException;
    PermissionGroup PERMISSIONS = null;
    Permission CREATE = null;
    Permission DELETE = null;
    Permission CONFIGURE = null;
    Permission READ = null;
    Permission DISCOVER = null;
    Permission EXTENDED_READ = null;
    Permission BUILD = null;
    Permission WORKSPACE = null;
    Permission WIPEOUT = null;
    Permission CANCEL = null;
}
