package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how full a storage is, on the machine the runner runs on: for ZFS the pool that holds
 * the parent dataset ({@code zpool list}), for directory storage the file system that holds the
 * directory ({@code df -P}). The pool is what fills up for ZFS: a dataset shows the pool's free
 * space, whatever its siblings use.
 */
public final class SpaceProbe {

    /** A look at a pool or a file system answers at once; a hung NFS mount must not hold the check. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern DF_LINE =
            Pattern.compile("^(.*?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)%\\s+(.*)$");
    private static final Pattern HUMAN_SIZE = Pattern.compile("^(\\d+(?:\\.\\d+)?)([KMGTPEZ]?)$");

    private SpaceProbe() {}

    /** Runs the storage's measurement through {@code runner}. */
    public static SpaceUsage measure(StorageSpec storage, CommandRunner runner)
            throws StorageException, IOException, InterruptedException {
        return switch (storage) {
            case StorageSpec.Zfs zfs -> measurePool(poolOf(zfs.parent()), zfs.sudo(), runner);
            case StorageSpec.Directory directory -> measureDirectory(directory.path().toString(), runner);
        };
    }

    /** The pool a dataset lives in: its name up to the first slash. */
    public static String poolOf(String dataset) {
        int slash = dataset.indexOf('/');
        return slash < 0 ? dataset : dataset.substring(0, slash);
    }

    /**
     * {@code zpool list} with exact byte values ({@code -p}); zfs-fuse and other old ZFS know no
     * {@code -p}, and are asked again without it (sizes such as {@code 1.14M} are then parsed).
     */
    static SpaceUsage measurePool(String pool, boolean sudo, CommandRunner runner)
            throws StorageException, IOException, InterruptedException {
        ExecResult exact = runner.run(new Command(zpoolList(pool, sudo, true), TIMEOUT));
        if (exact.succeeded()) {
            return parseZpool(pool, exact.stdout());
        }
        if (!(exact.stderr() + exact.stdout()).contains("invalid option 'p'")) {
            throw failed("zpool list " + pool, exact);
        }
        ExecResult rounded = runner.run(new Command(zpoolList(pool, sudo, false), TIMEOUT));
        if (!rounded.succeeded()) {
            throw failed("zpool list " + pool, rounded);
        }
        return parseZpool(pool, rounded.stdout());
    }

    static SpaceUsage measureDirectory(String path, CommandRunner runner)
            throws StorageException, IOException, InterruptedException {
        ExecResult df = runner.run(new Command(dfCommand(path), TIMEOUT));
        if (!df.succeeded()) {
            throw failed("df " + path, df);
        }
        return parseDf(path, df.stdout());
    }

    /** {@code zpool list -H[p] -o name,size,alloc,cap POOL}, through {@code sudo -n} if the storage says so. */
    public static List<String> zpoolList(String pool, boolean sudo, boolean exactBytes) {
        List<String> argv = new ArrayList<>();
        if (sudo) {
            argv.addAll(List.of("sudo", "-n"));
        }
        argv.addAll(List.of("zpool", "list", exactBytes ? "-Hp" : "-H", "-o", "name,size,alloc,cap", pool));
        return argv;
    }

    /** {@code df -P --block-size=1 -- PATH}: POSIX format, one line per file system, sizes in bytes. */
    public static List<String> dfCommand(String path) {
        return List.of("df", "-P", "--block-size=1", "--", path);
    }

    /**
     * One tab-separated line {@code name size alloc cap}: with {@code -p} plain numbers
     * ({@code 262144000 1196032 0}), without it rounded sizes and a percent sign
     * ({@code 250M 1.14M 0%}).
     */
    public static SpaceUsage parseZpool(String pool, String stdout) throws StorageException {
        for (String line : stdout.split("\n")) {
            String[] fields = line.strip().split("\t");
            if (fields.length != 4 || !fields[0].equals(pool)) {
                continue;
            }
            try {
                long size = bytes(fields[1]);
                long alloc = bytes(fields[2]);
                int capacity = Integer.parseInt(fields[3].endsWith("%")
                        ? fields[3].substring(0, fields[3].length() - 1) : fields[3]);
                return new SpaceUsage("pool " + pool, size, alloc, capacity);
            } catch (IllegalArgumentException e) {
                throw new StorageException("zpool list " + pool + " printed a line PlanB cannot read: " + line.strip(), e);
            }
        }
        throw new StorageException("zpool list printed no line for pool " + pool + ": " + firstLine(stdout));
    }

    /**
     * {@code df -P --block-size=1}: a header, then {@code filesystem size used available capacity%
     * mountpoint}. A long device name may push the numbers onto a line of their own in some
     * {@code df}s; the lines are joined first.
     */
    public static SpaceUsage parseDf(String path, String stdout) throws StorageException {
        String[] lines = stdout.split("\n");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            body.append(body.isEmpty() ? "" : " ").append(lines[i].strip());
        }
        Matcher m = DF_LINE.matcher(body.toString().strip());
        if (lines.length < 2 || !lines[0].startsWith("Filesystem") || !m.matches()) {
            throw new StorageException("df " + path + " printed no line PlanB can read: " + firstLine(stdout));
        }
        long size = Long.parseLong(m.group(2));
        long used = Long.parseLong(m.group(3));
        return new SpaceUsage(path, size, used, Integer.parseInt(m.group(5)));
    }

    /** A plain byte count, or a size such as {@code 1.14M} (powers of 1024, as ZFS prints them). */
    static long bytes(String text) {
        Matcher m = HUMAN_SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + text);
        }
        int power = m.group(2).isEmpty() ? 0 : "KMGTPEZ".indexOf(m.group(2)) + 1;
        double value = Double.parseDouble(m.group(1));
        return Math.round(value * Math.pow(1024, power));
    }

    private static StorageException failed(String what, ExecResult result) {
        String reason = result.timedOut() ? "no answer within " + TIMEOUT.toSeconds() + " s" : result.firstErrorLine();
        return new StorageException(what + " failed (exit " + result.exitCode() + ")"
                + (reason.isEmpty() ? "" : ": " + reason));
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return stripped.isEmpty() ? "(nothing)" : newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
