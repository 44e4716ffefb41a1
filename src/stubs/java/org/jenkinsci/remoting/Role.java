// Compile-only stand-in; signatures from jenkinsci+remoting @ 3355.v388858a_47b_33 : src/main/java/org/jenkinsci/remoting/Role.java.
package org.jenkinsci.remoting;

import java.util.Collection;

public final class Role {
    public Role(String name) { throw new UnsupportedOperationException(); }
    public Role(Class<?> name) { throw new UnsupportedOperationException(); }
    public String getName() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    public boolean equals(Object obj) { throw new UnsupportedOperationException(); }
    public int hashCode() { throw new UnsupportedOperationException(); }
    public static final Role UNKNOWN = null;
    public static final Collection<Role> UNKNOWN_SET = null;
}
