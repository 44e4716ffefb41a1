// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/triggers/Trigger.java.
package hudson.triggers;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.DescriptorExtensionList;
import hudson.Extension;
import hudson.ExtensionPoint;
import hudson.RestrictedSince;
import hudson.model.Action;
import hudson.model.Describable;
import hudson.model.Item;
import hudson.model.PeriodicWork;
import java.io.ObjectStreamException;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Timer;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public abstract class Trigger<J extends Item> implements Describable<Trigger<?>>, ExtensionPoint {
    public void start(J project, boolean newInstance) { throw new UnsupportedOperationException(); }
    public void run() { throw new UnsupportedOperationException(); }
    public void stop() { throw new UnsupportedOperationException(); }
    @Deprecated public Action getProjectAction() { throw new UnsupportedOperationException(); }
    public Collection<? extends Action> getProjectActions() { throw new UnsupportedOperationException(); }
    public TriggerDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
    protected final String spec;
    @CheckForNull protected transient J job;
    protected Trigger(@NonNull String cronTabSpec) { throw new UnsupportedOperationException(); }
    protected Trigger() { throw new UnsupportedOperationException(); }
    public final String getSpec() { throw new UnsupportedOperationException(); }
    protected Object readResolve() throws ObjectStreamException { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    public static void checkTriggers(Calendar cal) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @RestrictedSince("2.289") public static long CRON_THRESHOLD;
    @Deprecated @CheckForNull public static Timer timer;
    public static DescriptorExtensionList<Trigger<?>, TriggerDescriptor> all() { throw new UnsupportedOperationException(); }
    public static List<TriggerDescriptor> for_(Item i) { throw new UnsupportedOperationException(); }
    @Extension @Symbol("cron") public static class Cron extends PeriodicWork {
        public Cron() { throw new UnsupportedOperationException(); }
        public long getRecurrencePeriod() { throw new UnsupportedOperationException(); }
        public long getInitialDelay() { throw new UnsupportedOperationException(); }
        public void doRun() { throw new UnsupportedOperationException(); }
    }
}
