// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/ClockDifference.java.
package hudson.util;

import hudson.model.Node;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public final class ClockDifference {
    @Exported public final long diff;
    public ClockDifference(long value) { throw new UnsupportedOperationException(); }
    public boolean isDangerous() { throw new UnsupportedOperationException(); }
    public long abs() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    public String toHtml() { throw new UnsupportedOperationException(); }
    public static String toHtml(Node d) { throw new UnsupportedOperationException(); }
    public static String toHtml(ClockDifference d) { throw new UnsupportedOperationException(); }
    public static final ClockDifference ZERO = null;
}
