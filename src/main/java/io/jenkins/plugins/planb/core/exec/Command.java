package io.jenkins.plugins.planb.core.exec;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One program invocation as an argument vector. Never a shell string: every value the
 * configuration supplies stays one argument, whatever characters it holds.
 *
 * @param argv    program and arguments, not empty
 * @param timeout wall-clock limit after which the process tree is killed; {@code null} for none
 */
public record Command(List<String> argv, Duration timeout) {

    public Command {
        argv = List.copyOf(Objects.requireNonNull(argv, "argv"));
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must name a program");
        }
    }

    public static Command of(String... argv) {
        return new Command(List.of(argv), null);
    }

    public static Command of(List<String> argv) {
        return new Command(argv, null);
    }

    public Command withTimeout(Duration limit) {
        return new Command(argv, limit);
    }

    public String program() {
        return argv.get(0);
    }
}
