// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/lang/Klass.java.
package org.kohsuke.stapler.lang;

public final class Klass<C> {
    private Klass() { throw new UnsupportedOperationException(); }
}
