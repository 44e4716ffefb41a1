// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/security/Permission.java.
package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Comparator;
import java.util.List;
import org.jvnet.localizer.Localizable;

public final class Permission {
    public static final Comparator<Permission> ID_COMPARATOR = null;
    @NonNull public final Class owner;
    @NonNull public final PermissionGroup group;
    @NonNull public final String name;
    @CheckForNull public final Localizable description;
    @CheckForNull public final Permission impliedBy;
    public boolean enabled;
    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description, @CheckForNull Permission impliedBy, boolean enable, @NonNull PermissionScope[] scopes) throws IllegalStateException { throw new UnsupportedOperationException(); }
    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description, @CheckForNull Permission impliedBy, @NonNull PermissionScope scope) { throw new UnsupportedOperationException(); }
    @Deprecated public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description, @CheckForNull Permission impliedBy, boolean enable) { throw new UnsupportedOperationException(); }
    @Deprecated public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description, @CheckForNull Permission impliedBy) { throw new UnsupportedOperationException(); }
    @Deprecated public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Permission impliedBy) { throw new UnsupportedOperationException(); }
    private Permission(@NonNull PermissionGroup group, @NonNull String name) { throw new UnsupportedOperationException(); }
    public boolean isContainedBy(@NonNull PermissionScope s) { throw new UnsupportedOperationException(); }
    @NonNull public String getId() { throw new UnsupportedOperationException(); }
    public boolean equals(Object o) { throw new UnsupportedOperationException(); }
    public int hashCode() { throw new UnsupportedOperationException(); }
    @CheckForNull public static Permission fromId(@NonNull String id) { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    public void setEnabled(boolean enable) { throw new UnsupportedOperationException(); }
    public boolean getEnabled() { throw new UnsupportedOperationException(); }
    @NonNull public static List<Permission> getAll() { throw new UnsupportedOperationException(); }
    @Deprecated public static final PermissionGroup HUDSON_PERMISSIONS = null;
    @Deprecated public static final Permission HUDSON_ADMINISTER = null;
    public static final PermissionGroup GROUP = null;
    @Deprecated public static final Permission FULL_CONTROL = null;
    public static final Permission READ = null;
    public static final Permission WRITE = null;
    public static final Permission CREATE = null;
    public static final Permission UPDATE = null;
    public static final Permission DELETE = null;
    public static final Permission CONFIGURE = null;
}
