package io.jenkins.plugins.planb.core.migration;

/**
 * A file that is not what the old PlanB's {@code confexport} writes, or cannot be read as one:
 * the message names the line, the fileset where there is one, and the rule. Nothing is imported.
 */
public final class ConfexportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfexportException(String message) {
        super(message);
    }
}
