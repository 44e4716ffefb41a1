// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/triggers/TimerTrigger.java.
package hudson.triggers;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.BuildableItem;
import hudson.model.Cause;
import hudson.model.Item;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

public class TimerTrigger extends Trigger<BuildableItem> {
    @DataBoundConstructor public TimerTrigger(@NonNull String spec) { super(); throw new UnsupportedOperationException(); }
    public void run() { throw new UnsupportedOperationException(); }
    @Extension @Symbol("cron") public static class DescriptorImpl extends TriggerDescriptor {
        public boolean isApplicable(Item item) { throw new UnsupportedOperationException(); }
        @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    }
    public static class TimerTriggerCause extends Cause {
        public String getShortDescription() { throw new UnsupportedOperationException(); }
        public boolean equals(Object o) { throw new UnsupportedOperationException(); }
        public int hashCode() { throw new UnsupportedOperationException(); }
    }
}
