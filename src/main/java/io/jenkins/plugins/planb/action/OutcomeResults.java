package io.jenkins.plugins.planb.action;

import io.jenkins.plugins.planb.core.run.Outcome;

/**
 * The Jenkins build result an engine outcome stands for, by name (see {@code hudson.model.Result}):
 * a partial transfer keeps its snapshot but is worth a look, so UNSTABLE; a host that asked not
 * to be backed up produced nothing, so NOT_BUILT rather than a failure.
 */
public final class OutcomeResults {

    private OutcomeResults() {}

    public static String resultName(Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "SUCCESS";
            case PARTIAL -> "UNSTABLE";
            case FAILED -> "FAILURE";
            case SKIPPED -> "NOT_BUILT";
        };
    }
}
