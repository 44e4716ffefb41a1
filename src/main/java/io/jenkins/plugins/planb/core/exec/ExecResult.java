package io.jenkins.plugins.planb.core.exec;

/**
 * What a finished command left behind.
 *
 * @param exitCode the process exit code; -1 when it was killed for its timeout
 * @param timedOut whether the runner killed it because its timeout passed
 * @param stdout   captured standard output (bounded; the runner keeps the head)
 * @param stderr   captured standard error (bounded)
 */
public record ExecResult(int exitCode, boolean timedOut, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    /** The first line of stderr that contains a letter, the way an admin wants to read a failure. */
    public String firstErrorLine() {
        for (String line : stderr.split("\n")) {
            if (line.chars().anyMatch(Character::isLetter)) {
                return line.strip();
            }
        }
        return "";
    }
}
