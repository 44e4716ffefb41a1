package io.jenkins.plugins.planb.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real, throw-away ZFS pool per test class, on zfs-fuse:
 * {@code @RegisterExtension static ZfsPoolExtension zfs = new ZfsPoolExtension();}.
 *
 * <p>Starts the zfs-fuse daemon with {@code --enable-xattr} when no daemon answers
 * {@code zpool list} (without that flag every xattr write fails and rsync ends with exit 23),
 * creates a uniquely named pool on a 512 MiB sparse file in a temporary directory, mounted
 * under it, and destroys pool and file afterwards. A daemon it started is left running for
 * the next test class. Missing programs skip the tests, or fail them with
 * {@code PLANB_REQUIRE_SYSTEM=1} (see {@link SystemRequirement}).
 */
public final class ZfsPoolExtension implements BeforeAllCallback, AfterAllCallback {

    private final int sizeMiB;
    private Path directory;
    private String poolName;

    /** A pool of 512 MiB. */
    public ZfsPoolExtension() {
        this(512);
    }

    /** A pool of {@code sizeMiB} on a sparse file: only what the tests write takes disk space. */
    public ZfsPoolExtension(int sizeMiB) {
        this.sizeMiB = sizeMiB;
    }

    /** The pool's name, e.g. {@code planbt3f9a0c1d}. */
    public String poolName() {
        return poolName;
    }

    /** Where the pool's root dataset is mounted. */
    public Path mountpoint() {
        return directory.resolve("mnt");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        SystemRequirement.require("zpool", "ZFS storage tests need zfs-fuse's zpool");
        SystemRequirement.require("zfs", "ZFS storage tests need zfs-fuse's zfs");
        ensureDaemon();
        directory = Files.createTempDirectory("planb-zfs-");
        poolName = "planbt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path file = directory.resolve("pool.img");
        run(List.of("truncate", "-s", sizeMiB + "M", file.toString()));
        run(List.of("zpool", "create", "-m", mountpoint().toString(), poolName, file.toString()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (poolName != null) {
            // zfs-fuse answers "pool is busy" for a moment after the last file was closed.
            for (int attempt = 1; ; attempt++) {
                try {
                    run(List.of("zpool", "destroy", "-f", poolName));
                    break;
                } catch (IOException busy) {
                    if (attempt == 5) {
                        throw busy;
                    }
                    Thread.sleep(1000);
                }
            }
        }
        if (directory != null) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void ensureDaemon() throws IOException, InterruptedException {
        if (exitCode(List.of("zpool", "list")) == 0) {
            return;
        }
        SystemRequirement.require("zfs-fuse", "no ZFS daemon answers 'zpool list'; the tests start zfs-fuse");
        Path pidfile = Files.createTempFile("planb-zfs-fuse-", ".pid");
        // zfs-fuse daemonizes: the call returns once the daemon has forked.
        // Its output is discarded, not piped: the forked daemon would hold a pipe open forever.
        int started = exitCode(List.of("zfs-fuse", "--enable-xattr", "--pidfile", pidfile.toString()));
        if (started != 0) {
            throw new IOException("zfs-fuse --enable-xattr exited with " + started);
        }
        for (int attempt = 0; attempt < 50 && exitCode(List.of("zpool", "list")) != 0; attempt++) {
            Thread.sleep(200);
        }
        SystemRequirement.requireCommandWorks(List.of("zpool", "list"), "the zfs-fuse daemon must answer");
    }

    /** Runs a command and fails with its output unless it exits 0. */
    public static String run(List<String> argv) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", argv) + " failed: " + output.strip());
        }
        return output;
    }

    private static int exitCode(List<String> argv) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
