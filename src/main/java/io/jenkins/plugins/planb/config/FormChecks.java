package io.jenkins.plugins.planb.config;

import hudson.model.Item;
import hudson.model.labels.LabelExpression;
import hudson.util.FormValidation;
import io.jenkins.plugins.planb.core.config.Rules;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the engine's {@link Rules} into form validation, so a form says exactly what a build
 * would fail with. Callers check the permission first; nothing here touches the network.
 */
public final class FormChecks {

    private FormChecks() {}

    /** A value that may be left empty (then inherited). */
    public static FormValidation optional(String value, Function<String, Optional<String>> rule) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        return required(value.strip(), rule);
    }

    public static FormValidation required(String value, Function<String, Optional<String>> rule) {
        return rule.apply(value == null ? "" : value).map(FormValidation::error).orElse(FormValidation.ok());
    }

    /** The host's address: required, unless the transport is {@code local} (then it is ignored). */
    public static FormValidation address(String value, String transport) {
        return "local".equals(transport) ? FormValidation.ok() : required(value, Rules::address);
    }

    /** One pattern per line; every line must pass {@link Rules#pattern}. */
    public static FormValidation patterns(String value) {
        for (String line : SettingsResolver.lines(value)) {
            Optional<String> problem = Rules.pattern(line);
            if (problem.isPresent()) {
                return FormValidation.error(problem.get());
            }
        }
        return FormValidation.ok();
    }

    /** A port typed into a form. */
    public static FormValidation port(String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        try {
            return required(value, v -> Rules.port(Long.parseLong(v.strip())));
        } catch (NumberFormatException e) {
            return FormValidation.error(Rules.PORT_RULE);
        }
    }

    /** A label expression, as Jenkins checks a job's: its syntax, and whether any node or cloud has it. */
    public static FormValidation label(String value, Item item) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            return FormValidation.error("must be one line");
        }
        return LabelExpression.validate(value, item);
    }

    /** At most one of ZFS parent and directory path; each by its rule. */
    public static FormValidation storage(String zfsParent, String directoryPath, boolean checkingZfs) {
        boolean hasZfs = zfsParent != null && !zfsParent.isBlank();
        boolean hasDirectory = directoryPath != null && !directoryPath.isBlank();
        if (hasZfs && hasDirectory) {
            return FormValidation.error("set either a ZFS parent dataset or a directory, not both");
        }
        return checkingZfs ? optional(zfsParent, Rules::zfsDataset) : optional(directoryPath, Rules::absolutePath);
    }

    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
