package io.jenkins.plugins.planb.listener;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Told after every backup, with the real outcome. The successor of the old PlanB's
 * {@code backup_done} signal, which fired "success" even for failed runs: here
 * {@link RunRecord#outcome()} is exactly what the engine decided, and listeners are called for
 * SUCCESS, PARTIAL, FAILED and SKIPPED alike.
 *
 * <p>Register an implementation with {@code @Extension}. A listener that throws is logged and
 * does not change the build or stop the other listeners.
 */
public abstract class PlanbBackupListener implements ExtensionPoint {

    private static final Logger LOGGER = Logger.getLogger(PlanbBackupListener.class.getName());

    /**
     * @param run      the build (a host build, a freestyle build or a Pipeline run) that backed up
     * @param record   what the engine did
     * @param listener the build log
     */
    public abstract void onBackupCompleted(Run<?, ?> run, RunRecord record, TaskListener listener);

    public static ExtensionList<PlanbBackupListener> all() {
        return ExtensionList.lookup(PlanbBackupListener.class);
    }

    /** Calls every listener, isolating each one's failures. */
    public static void fireCompleted(Run<?, ?> run, RunRecord record, TaskListener listener) {
        for (PlanbBackupListener each : all()) {
            try {
                each.onBackupCompleted(run, record, listener);
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "PlanB backup listener " + each.getClass().getName() + " failed", e);
                listener.getLogger().println("[planb] WARNING: listener " + each.getClass().getName()
                        + " failed: " + e);
            }
        }
    }
}
