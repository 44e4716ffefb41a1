package io.jenkins.plugins.planb.core.retention;

/** The periods of a retention policy, by the letter PlanB's policy strings use. */
public enum Period {
    HOUR('h', "hourly"),
    DAY('d', "daily"),
    WEEK('w', "weekly"),
    MONTH('m', "monthly"),
    YEAR('y', "yearly");

    private final char letter;
    private final String adjective;

    Period(char letter, String adjective) {
        this.letter = letter;
        this.adjective = adjective;
    }

    public char letter() {
        return letter;
    }

    /** {@code daily}, {@code weekly}, …: the word a keep reason starts with. */
    public String adjective() {
        return adjective;
    }

    public static Period ofLetter(char letter) {
        for (Period p : values()) {
            if (p.letter == letter) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown period '" + letter + "'");
    }
}
