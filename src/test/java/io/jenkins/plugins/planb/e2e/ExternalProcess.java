package io.jenkins.plugins.planb.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real program for the end-to-end tests, its output kept as bytes (file names that are
 * not UTF-8 must survive) in temporary files, so a chatty program can never block on a full pipe.
 */
final class ExternalProcess {

    /** What a finished program left behind. */
    record Result(List<String> argv, int exitCode, byte[] stdout, byte[] stderr) {

        /** Output decoded byte for byte (ISO-8859-1), so no byte is lost or replaced. */
        String stdoutBytes() {
            return new String(stdout, StandardCharsets.ISO_8859_1);
        }

        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        String stderrText() {
            return new String(stderr, StandardCharsets.UTF_8);
        }

        /** Throws with everything known unless the program exited 0. */
        Result orThrow() {
            if (exitCode != 0) {
                throw new IllegalStateException(describe());
            }
            return this;
        }

        String describe() {
            return String.join(" ", argv) + " exited " + exitCode + "\nstdout: " + stdoutText() + "\nstderr: " + stderrText();
        }
    }

    private ExternalProcess() {}

    static Result run(List<String> argv) {
        return run(argv, Map.of(), Duration.ofMinutes(5));
    }

    static Result run(List<String> argv, Map<String, String> environment, Duration timeout) {
        try {
            Started started = start(argv, environment);
            return started.await(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + argv, e);
        }
    }

    static Started start(List<String> argv, Map<String, String> environment) throws IOException {
        Path out = Files.createTempFile("e2e-out", ".bin");
        Path err = Files.createTempFile("e2e-err", ".bin");
        ProcessBuilder builder = new ProcessBuilder(argv)
                .redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        return new Started(argv, builder.start(), out, err);
    }

    /** A program still running; {@link #await} collects its result. */
    record Started(List<String> argv, Process process, Path out, Path err) {

        Result await(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", argv) + " still running after " + timeout
                            + "\nstderr so far: " + Files.readString(err, StandardCharsets.ISO_8859_1));
                }
                Result result = new Result(argv, process.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + argv, e);
            }
        }
    }
}
