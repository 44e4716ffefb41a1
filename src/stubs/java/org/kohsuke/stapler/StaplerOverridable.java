// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/StaplerOverridable.java.
package org.kohsuke.stapler;

import java.util.Collection;

public interface StaplerOverridable {
    Collection<?> getOverrides();
}
