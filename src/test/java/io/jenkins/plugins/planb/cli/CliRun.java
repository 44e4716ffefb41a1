package io.jenkins.plugins.planb.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One in-process invocation of {@code planb}, through the same entry point as {@code main}, with
 * its exit code and what it printed.
 */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = PlanbCli.execute(args, outStream, errStream,
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static CliRun run(String... args) {
        return run(Map.of(), "", args);
    }

    /** stdout's non-empty lines. */
    public List<String> outLines() {
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}
