package io.jenkins.plugins.planb.core.restore;

/**
 * A restore or history that cannot be done as asked (an unknown snapshot, a path that is not
 * in it, a target that is not empty), refused before anything was written. The command's exit
 * code 2; the message names what exists or the rule.
 */
public final class RestoreRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public RestoreRefused(String message) {
        super(message);
    }
}
