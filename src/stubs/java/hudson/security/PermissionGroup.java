// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/security/PermissionGroup.java.
package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Iterator;
import java.util.List;
import org.jvnet.localizer.Localizable;

public final class PermissionGroup implements Iterable<Permission>, Comparable<PermissionGroup> {
    @NonNull public final Class owner;
    public final Localizable title;
    public PermissionGroup(@NonNull Class owner, Localizable title) throws IllegalStateException { throw new UnsupportedOperationException(); }
    public PermissionGroup(String id, @NonNull Class owner, Localizable title) throws IllegalStateException { throw new UnsupportedOperationException(); }
    public String getId() { throw new UnsupportedOperationException(); }
    public String getOwnerClassName() { throw new UnsupportedOperationException(); }
    public Iterator<Permission> iterator() { throw new UnsupportedOperationException(); }
    public synchronized List<Permission> getPermissions() { throw new UnsupportedOperationException(); }
    public synchronized boolean hasPermissionContainedBy(PermissionScope scope) { throw new UnsupportedOperationException(); }
    public synchronized Permission find(String name) { throw new UnsupportedOperationException(); }
    public int compareTo(PermissionGroup that) { throw new UnsupportedOperationException(); }
    public boolean equals(Object o) { throw new UnsupportedOperationException(); }
    public int hashCode() { throw new UnsupportedOperationException(); }
    public synchronized int size() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    public static synchronized List<PermissionGroup> getAll() { throw new UnsupportedOperationException(); }
    @CheckForNull public static synchronized PermissionGroup get(Class owner) { throw new UnsupportedOperationException(); }
}
