package io.jenkins.plugins.planb.config;

/**
 * A yes/no setting a host may take from its group or decide for itself. An enum rather than a
 * {@code Boolean}, so the form can show "as the group says" as a choice of its own.
 */
public enum Inheritable {
    /** Use the group's (or the site's) value. */
    INHERIT,
    /** On for this host, whatever the group says. */
    ON,
    /** Off for this host, whatever the group says. */
    OFF;

    /** The value of this layer, or {@code null} when it leaves the decision to the next layer. */
    public Boolean value() {
        return switch (this) {
            case INHERIT -> null;
            case ON -> Boolean.TRUE;
            case OFF -> Boolean.FALSE;
        };
    }

    /** Reads a stored or submitted value; anything unknown or empty inherits. */
    public static Inheritable of(String value) {
        if (value == null || value.isBlank()) {
            return INHERIT;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return INHERIT;
        }
    }
}
