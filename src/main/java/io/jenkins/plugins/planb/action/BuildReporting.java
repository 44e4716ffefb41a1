package io.jenkins.plugins.planb.action;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.listener.PlanbBackupListener;
import java.io.IOException;

/**
 * What every kind of build does with a finished backup: keep the run action, describe the run
 * in one line, tell the {@link PlanbBackupListener}s, and say which build result it stands for.
 */
public final class BuildReporting {

    private BuildReporting() {}

    /** @return the build result the outcome stands for */
    public static Result report(Run<?, ?> run, RunRecord record, TaskListener listener) throws IOException {
        run.addOrReplaceAction(new PlanbRunAction(record));
        run.setDescription(RunDescription.of(record));
        PlanbBackupListener.fireCompleted(run, record, listener);
        return Result.fromString(OutcomeResults.resultName(record.outcome()));
    }
}
