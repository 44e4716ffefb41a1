package io.jenkins.plugins.planb.backup;

import java.util.List;

/** The resolved settings of a host break one or more rules; each problem names its field. */
public final class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
