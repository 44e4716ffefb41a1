package io.jenkins.plugins.planb.core.run;

/** How one backup run ended, and the exit code the command gives for it. */
public enum Outcome {
    /** rsync exit 0; a snapshot was taken. */
    SUCCESS(0),
    /** rsync exit 23 or 24; a snapshot was taken and the warnings kept. */
    PARTIAL(3),
    /** anything else; no snapshot, no retention, the live copy kept for the next run. */
    FAILED(1),
    /** the host asked not to be backed up now, or is already being backed up. */
    SKIPPED(4);

    private final int exitCode;

    Outcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Whether this run took a snapshot. */
    public boolean snapshotTaken() {
        return this == SUCCESS || this == PARTIAL;
    }

    /** The worse of two outcomes, for a command that backs up several hosts. */
    public Outcome worst(Outcome other) {
        return severity() >= other.severity() ? this : other;
    }

    private int severity() {
        return switch (this) {
            case SUCCESS -> 0;
            case SKIPPED -> 1;
            case PARTIAL -> 2;
            case FAILED -> 3;
        };
    }
}
