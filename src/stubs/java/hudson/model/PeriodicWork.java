// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/PeriodicWork.java.
package hudson.model;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.triggers.SafeTimerTask;
import java.util.logging.Logger;

public abstract class PeriodicWork extends SafeTimerTask implements ExtensionPoint {
    @Deprecated protected final Logger logger = null;
    public abstract long getRecurrencePeriod();
    public long getInitialDelay() { throw new UnsupportedOperationException(); }
    public static ExtensionList<PeriodicWork> all() { throw new UnsupportedOperationException(); }
    protected static final long MIN = 1000 * 60;
    protected static final long HOUR = Long.parseLong("0");
    protected static final long DAY = Long.parseLong("0");
}
