// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/StaplerProxy.java.
package org.kohsuke.stapler;

public interface StaplerProxy {
    Object getTarget();
}
