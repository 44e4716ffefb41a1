// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/BindInterceptor.java.
package org.kohsuke.stapler;

public class BindInterceptor {
}
