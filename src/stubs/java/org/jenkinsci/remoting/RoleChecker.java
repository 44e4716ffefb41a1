// Compile-only stand-in; signatures from jenkinsci+remoting @ 3355.v388858a_47b_33 : src/main/java/org/jenkinsci/remoting/RoleChecker.java.
package org.jenkinsci.remoting;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;

public abstract class RoleChecker {
    public abstract void check(@NonNull RoleSensitive subject, @NonNull Collection<Role> expected) throws SecurityException;
    public void check(@NonNull RoleSensitive subject, @NonNull Role expected) throws SecurityException { throw new UnsupportedOperationException(); }
    public void check(@NonNull RoleSensitive subject, Role... expected) throws SecurityException { throw new UnsupportedOperationException(); }
}
