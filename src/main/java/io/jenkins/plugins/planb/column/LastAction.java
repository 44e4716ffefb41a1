package io.jenkins.plugins.planb.column;

import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.planb.action.PlanbRunAction;

/** Finds the newest completed build of a job that carries a PlanB run action. */
final class LastAction {

    /** How far back to look: a host whose last 20 builds all lack the action shows nothing. */
    private static final int LOOK_BACK = 20;

    private LastAction() {}

    static PlanbRunAction of(Job<?, ?> job) {
        Run<?, ?> run = job == null ? null : job.getLastCompletedBuild();
        for (int i = 0; run != null && i < LOOK_BACK; i++, run = run.getPreviousBuild()) {
            PlanbRunAction action = run.getAction(PlanbRunAction.class);
            if (action != null) {
                return action;
            }
        }
        return null;
    }
}
