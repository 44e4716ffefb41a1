package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostId;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The right to back up one host, held for one run.
 *
 * <p>It is an OS file lock ({@link FileChannel#tryLock()}) on {@code <stateDir>/locks/<group>/<host>.lock},
 * so a run that dies (kill -9, power loss) leaves no stale lock: the kernel drops it with the
 * process. Taking it never waits: a second run of the same host is skipped, it does not queue.
 *
 * <p>Within one JVM the lock is also tracked in a set of held paths, checked before the file is
 * even opened. POSIX record locks belong to the process, and closing <em>any</em> descriptor of
 * the file may drop them; a second in-process attempt must therefore not open and close the
 * file at all while the first run holds it.
 *
 * <p>The lock file is never deleted: deleting it would let a third run lock a fresh inode while
 * the first still holds the old one.
 */
public final class HostLock implements AutoCloseable {

    /** Takes a host's lock without waiting; empty when another run holds it. */
    @FunctionalInterface
    public interface Factory {
        Optional<HostLock> tryLock(HostId host) throws IOException;
    }

    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private HostLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Lock files under {@code <stateDir>/locks/}, one per host. */
    public static Factory inStateDir(Path stateDir) {
        Path locks = stateDir.resolve("locks");
        return host -> tryAcquire(locks.resolve(host.group()).resolve(host.host() + ".lock"));
    }

    /**
     * Takes the lock on {@code file}, creating it and its directories if needed.
     *
     * @return empty when this or another process holds it
     */
    public static Optional<HostLock> tryAcquire(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD_IN_THIS_JVM.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            Path directory = key.getParent();
            if (directory == null) {
                throw new IOException("not a lock file: " + key);
            }
            Files.createDirectories(directory);
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_IN_THIS_JVM.remove(key);
                return Optional.empty();
            }
            return Optional.of(new HostLock(key, channel, lock));
        } catch (OverlappingFileLockException e) {
            // Held through another channel of this JVM that bypassed our set: still "held".
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(key);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(key);
            throw e;
        }
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } finally {
            HELD_IN_THIS_JVM.remove(file);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to release: we never got the lock through this channel
        }
    }
}
