package io.jenkins.plugins.planb.freestyle;

import hudson.util.FormValidation;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.Rules;
import java.util.Optional;

/** Checks of the step-only fields; callers check the permission first. */
public final class StepChecks {

    private StepChecks() {}

    /** {@code group/host}, each part by the engine's name rule. */
    public static FormValidation hostId(String value) {
        HostId id;
        try {
            id = JobSettings.hostId(value);
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        Optional<String> problem = Rules.groupName(id.group()).or(() -> Rules.hostName(id.host()));
        return problem.map(FormValidation::error).orElse(FormValidation.ok());
    }
}
