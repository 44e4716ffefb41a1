// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/security/ACL.java.
package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItemDescriptor;
import hudson.model.User;
import hudson.model.ViewDescriptor;
import hudson.model.ViewGroup;
import hudson.remoting.Callable;
import java.util.function.BiFunction;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;

public abstract class ACL {
    public final void checkPermission(@NonNull Permission p) { throw new UnsupportedOperationException(); }
    public final void checkAnyPermission(@NonNull Permission... permissions) { throw new UnsupportedOperationException(); }
    public final boolean hasPermission(@NonNull Permission p) { throw new UnsupportedOperationException(); }
    public final boolean hasAnyPermission(@NonNull Permission... permissions) { throw new UnsupportedOperationException(); }
    public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) { throw new UnsupportedOperationException(); }
    public static ACL lambda2(BiFunction<Authentication, Permission, Boolean> impl) { throw new UnsupportedOperationException(); }
    public final void checkCreatePermission(@NonNull ItemGroup c, @NonNull TopLevelItemDescriptor d) { throw new UnsupportedOperationException(); }
    public boolean hasCreatePermission2(@NonNull Authentication a, @NonNull ItemGroup c, @NonNull TopLevelItemDescriptor d) { throw new UnsupportedOperationException(); }
    public final void checkCreatePermission(@NonNull ViewGroup c, @NonNull ViewDescriptor d) { throw new UnsupportedOperationException(); }
    public boolean hasCreatePermission2(@NonNull Authentication a, @NonNull ViewGroup c, @NonNull ViewDescriptor d) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static final String ANONYMOUS_USERNAME = "anonymous";
    @Restricted(NoExternalUse.class) public static final String SYSTEM_USERNAME = "SYSTEM";
    public static final Authentication SYSTEM2 = null;
    @Deprecated @NonNull public static SecurityContext impersonate2(@NonNull Authentication auth) { throw new UnsupportedOperationException(); }
    @Deprecated public static void impersonate2(@NonNull Authentication auth, @NonNull Runnable body) { throw new UnsupportedOperationException(); }
    @Deprecated public static <V, T extends Exception> V impersonate2(Authentication auth, Callable<V, T> body) throws T { throw new UnsupportedOperationException(); }
    @NonNull public static ACLContext as2(@NonNull Authentication auth) { throw new UnsupportedOperationException(); }
    @NonNull public static ACLContext as(@CheckForNull User user) { throw new UnsupportedOperationException(); }
    public static boolean isAnonymous2(@NonNull Authentication authentication) { throw new UnsupportedOperationException(); }
}
