package io.jenkins.plugins.planb.config;

import hudson.model.Descriptor.FormException;
import hudson.util.FormValidation;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Whole-number form fields (hours, percentages, counts): the check a form shows and the parse a
 * save does. A rule is a range check that names its range when it fails; every range here starts
 * at 0 or above, so {@code rule.apply(-1)} gives the rule's text for a value that is no number.
 */
public final class WholeNumbers {

    private WholeNumbers() {}

    /** The form check; blank is fine when the field may be left empty (then inherited or defaulted). */
    public static FormValidation check(String text, LongFunction<Optional<String>> rule, boolean mayBeEmpty) {
        if (text == null || text.isBlank()) {
            return mayBeEmpty ? FormValidation.ok() : FormValidation.error("required: " + rule.apply(-1).orElse(""));
        }
        try {
            return rule.apply(Long.parseLong(text.strip())).map(FormValidation::error).orElse(FormValidation.ok());
        } catch (NumberFormatException e) {
            return FormValidation.error("'" + text.strip() + "' is not a whole number: " + rule.apply(-1).orElse(""));
        }
    }

    /**
     * The value of a submitted field; {@code null} for blank.
     *
     * @throws FormException naming the field, the value and the rule, before anything is changed
     */
    public static Integer parse(String text, String field, LongFunction<Optional<String>> rule) throws FormException {
        if (text == null || text.isBlank()) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new FormException(field + ": '" + text.strip() + "' is not a whole number: "
                    + rule.apply(-1).orElse(""), field);
        }
        Optional<String> problem = rule.apply(value);
        if (problem.isPresent()) {
            throw new FormException(field + ": " + value + " is not " + problem.get(), field);
        }
        return (int) value;
    }
}
