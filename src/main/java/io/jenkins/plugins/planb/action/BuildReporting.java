package io.jenkins.plugins.planb.action;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.listener.PlanbBackupListener;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every kind of build does with a finished backup: keep the run action, tell the
 * {@link PlanbBackupListener}s, and say which build result it stands for. A host build also gets
 * the run's one-line description.
 *
 * <p>Reporting never changes how a backup ended: whatever goes wrong here (a build
 * authentication without Run/Update, a full disk writing build.xml) is logged, and the result is
 * still the outcome's.
 */
public final class BuildReporting {

    private static final Logger LOGGER = Logger.getLogger(BuildReporting.class.getName());

    private BuildReporting() {}

    /**
     * @param describe whether the run's description becomes the backup's one line: only for a
     *                 build whose job exists to back up this host; other jobs keep their own
     * @return the build result the outcome stands for
     */
    public static Result report(Run<?, ?> run, RunRecord record, TaskListener listener, boolean describe) {
        try {
            keepAction(run, new PlanbRunAction(record));
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "PlanB: cannot record the backup of " + record.host() + " in " + run, e);
            listener.getLogger().println("[planb] WARNING: the backup is done, but recording it in the build failed: "
                    + e);
        }
        if (describe) {
            describe(run, RunDescription.of(record), listener);
        }
        PlanbBackupListener.fireCompleted(run, record, listener);
        return Result.fromString(OutcomeResults.resultName(record.outcome()));
    }

    /**
     * A host build's one line in the history. Run.setDescription checks Run/Update for the
     * build's own authentication, which a restricted build (Authorize Project, run as anonymous)
     * does not have; the description is the plugin's own bookkeeping, not the user's doing.
     */
    public static void describe(Run<?, ?> run, String description, TaskListener listener) {
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            run.setDescription(description);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "PlanB: cannot describe " + run, e);
            listener.getLogger().println("[planb] WARNING: cannot set the build description: " + e);
        }
    }

    /** One action per host: a build that backs up several hosts keeps each one's record. */
    private static void keepAction(Run<?, ?> run, PlanbRunAction action) throws IOException {
        for (PlanbRunAction existing : run.getActions(PlanbRunAction.class)) {
            if (existing.getHost().equals(action.getHost())) {
                run.removeAction(existing);
            }
        }
        run.addAction(action);
        run.save();
    }
}
