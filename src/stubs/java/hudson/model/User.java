// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/User.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.Extension;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.util.RunList;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.Loadable;
import jenkins.model.ModelObjectWithContextMenu;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

@ExportedBean public class User extends AbstractModelObject implements AccessControlled, DescriptorByNameOwner, Loadable, Saveable, Comparable<User>, ModelObjectWithContextMenu, StaplerProxy {
    @Restricted(NoExternalUse.class) public static boolean SKIP_PERMISSION_CHECK;
    public static boolean ALLOW_NON_EXISTENT_USER_TO_LOGIN;
    @Restricted(NoExternalUse.class) public static boolean ALLOW_USER_CREATION_VIA_URL;
    private User() { throw new UnsupportedOperationException(); }
    private User(String id, String fullName) { throw new UnsupportedOperationException(); }
    public void load() { throw new UnsupportedOperationException(); }
    public int compareTo(@NonNull User that) { throw new UnsupportedOperationException(); }
    @Exported public String getId() { throw new UnsupportedOperationException(); }
    @NonNull public String getUrl() { throw new UnsupportedOperationException(); }
    @NonNull public String getSearchUrl() { throw new UnsupportedOperationException(); }
    public String getSearchIcon() { throw new UnsupportedOperationException(); }
    @Exported(visibility = 999) @NonNull public String getAbsoluteUrl() { throw new UnsupportedOperationException(); }
    @Exported(visibility = 999) @NonNull public String getFullName() { throw new UnsupportedOperationException(); }
    public void setFullName(String name) { throw new UnsupportedOperationException(); }
    @Exported @CheckForNull public String getDescription() { throw new UnsupportedOperationException(); }
    public void setDescription(String description) { throw new UnsupportedOperationException(); }
    @NonNull public Authentication impersonate2() throws UsernameNotFoundException { throw new UnsupportedOperationException(); }
    @NonNull public UserDetails getUserDetailsForImpersonation2() throws UsernameNotFoundException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @NonNull public Authentication impersonate(@NonNull UserDetails userDetails) { throw new UnsupportedOperationException(); }
    @NonNull public static User getUnknown() { throw new UnsupportedOperationException(); }
    @Deprecated @Nullable public static User get(String idOrFullName, boolean create) { throw new UnsupportedOperationException(); }
    @Nullable public static User get(String idOrFullName, boolean create, @NonNull Map context) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public static User get(String idOrFullName) { throw new UnsupportedOperationException(); }
    @NonNull public static User getOrCreateByIdOrFullName(@NonNull String idOrFullName) { throw new UnsupportedOperationException(); }
    @CheckForNull public static User current() { throw new UnsupportedOperationException(); }
    @CheckForNull public static User get2(@CheckForNull Authentication a) { throw new UnsupportedOperationException(); }
    @Nullable public static User getById(String id, boolean create) { throw new UnsupportedOperationException(); }
    @NonNull public static Collection<User> getAll() { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public static void reload() throws IOException { throw new UnsupportedOperationException(); }
    public static void rekey() { throw new UnsupportedOperationException(); }
    @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    @NonNull public RunList getBuilds() { throw new UnsupportedOperationException(); }
    @NonNull public Set<AbstractProject<?, ?>> getProjects() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    @Deprecated public static void clear() { throw new UnsupportedOperationException(); }
    @CheckForNull public File getUserFolder() { throw new UnsupportedOperationException(); }
    public static boolean isIdOrFullnameAllowed(@CheckForNull String id) { throw new UnsupportedOperationException(); }
    public synchronized void save() throws IOException { throw new UnsupportedOperationException(); }
    public void delete() throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public ACL getACL() { throw new UnsupportedOperationException(); }
    public boolean canDelete() { throw new UnsupportedOperationException(); }
    @NonNull public List<String> getAuthorities() { throw new UnsupportedOperationException(); }
    public Object getDynamic(String token) { throw new UnsupportedOperationException(); }
    public List<Action> getPropertyActions() { throw new UnsupportedOperationException(); }
    public List<Action> getTransientActions() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public Object getTarget() { throw new UnsupportedOperationException(); }
    @Extension @Restricted(NoExternalUse.class) public static final class AllUsers {
    }
    public abstract static class CanonicalIdResolver implements Describable<CanonicalIdResolver>, ExtensionPoint, Comparable<CanonicalIdResolver> {
        public static final String REALM = "realm";
        public int compareTo(@NonNull CanonicalIdResolver o) { throw new UnsupportedOperationException(); }
        @CheckForNull public abstract String resolveCanonicalId(String idOrFullName, Map<String, ?> context);
        public int getPriority() { throw new UnsupportedOperationException(); }
        public static List<CanonicalIdResolver> all() { throw new UnsupportedOperationException(); }
        @CheckForNull public static String resolve(@NonNull String idOrFullName, @NonNull Map<String, ?> context) { throw new UnsupportedOperationException(); }
    }
    @Extension @Symbol("fullName") public static class FullNameIdResolver extends CanonicalIdResolver {
        public String resolveCanonicalId(String idOrFullName, Map<String, ?> context) { throw new UnsupportedOperationException(); }
        public int getPriority() { throw new UnsupportedOperationException(); }
    }
    @Extension @Restricted(NoExternalUse.class) public static class UserIDCanonicalIdResolver extends User.CanonicalIdResolver {
        public String resolveCanonicalId(String idOrFullName, Map<String, ?> context) { throw new UnsupportedOperationException(); }
        public int getPriority() { throw new UnsupportedOperationException(); }
    }
}
