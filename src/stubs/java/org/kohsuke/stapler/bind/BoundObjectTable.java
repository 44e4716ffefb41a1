// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/bind/BoundObjectTable.java.
package org.kohsuke.stapler.bind;

import java.io.Serializable;
import org.kohsuke.stapler.StaplerFallback;

public class BoundObjectTable implements StaplerFallback {
    public Table getStaplerFallback() { throw new UnsupportedOperationException(); }
    public static class Table implements Serializable {
        public Object getDynamic(String id) { throw new UnsupportedOperationException(); }
        public void release(String id) { throw new UnsupportedOperationException(); }
    }
}
