// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/security/AccessControlled.java.
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

public interface AccessControlled {
    @NonNull ACL getACL();
    default void checkPermission(@NonNull Permission permission) throws AccessDeniedException { throw new UnsupportedOperationException(); }
    default void checkAnyPermission(@NonNull Permission... permission) throws AccessDeniedException { throw new UnsupportedOperationException(); }
    default boolean hasPermission(@NonNull Permission permission) { throw new UnsupportedOperationException(); }
    default boolean hasAnyPermission(@NonNull Permission... permission) { throw new UnsupportedOperationException(); }
    default boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) { throw new UnsupportedOperationException(); }
}
