package io.jenkins.plugins.planb.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Integration tests need real programs (rsync, sshd, zfs-fuse...). Where one is missing the
 * test is skipped with the reason, so a developer laptop stays green; with the environment
 * variable {@code PLANB_REQUIRE_SYSTEM=1} (CI, the storage machine) a missing program fails
 * the test instead, so a skipped suite can never pass for a tested one.
 */
public final class SystemRequirement {

    /** Environment variable that turns a missing program from a skip into a failure. */
    public static final String STRICT_ENV = "PLANB_REQUIRE_SYSTEM";

    private SystemRequirement() {}

    /**
     * Skips (or, strictly, fails) the calling test unless {@code program} is an executable
     * on the PATH or an absolute path to one.
     *
     * @param why what the test needs it for, shown in the skip reason
     * @return the program's absolute path
     */
    public static Path require(String program, String why) {
        Path found = locate(program);
        unmet(found != null, "program '" + program + "' not found (" + why + ")");
        return found;
    }

    /**
     * Skips (or, strictly, fails) the calling test unless {@code argv} runs and exits 0
     * within 30 seconds, e.g. {@code zpool list} answering because the zfs-fuse daemon runs.
     */
    public static void requireCommandWorks(List<String> argv, String why) {
        String problem = problemRunning(argv);
        unmet(problem == null, "'" + String.join(" ", argv) + "' does not work: " + problem + " (" + why + ")");
    }

    /** Whether strict mode is on: missing programs fail rather than skip. */
    public static boolean strict() {
        return "1".equals(System.getenv(STRICT_ENV));
    }

    /** The program's path, or {@code null}; looks through PATH plus the sbin directories. */
    public static Path locate(String program) {
        if (program.contains("/")) {
            Path path = Path.of(program);
            return Files.isExecutable(path) ? path.toAbsolutePath() : null;
        }
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        String searched = pathVariable + File.pathSeparator + "/usr/local/sbin:/usr/sbin:/sbin";
        for (String directory : searched.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code null} when {@code argv} exits 0, else what went wrong (exit code and output). */
    static String problemRunning(List<String> argv) {
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "still running after 30 s";
            }
            if (process.exitValue() != 0) {
                return "exit " + process.exitValue() + ": " + new String(output).strip();
            }
            return null;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void unmet(boolean met, String reason) {
        if (met) {
            return;
        }
        if (strict()) {
            fail(reason + "; " + STRICT_ENV + "=1 requires it");
        }
        assumeTrue(false, reason);
    }
}
