package io.jenkins.plugins.planb.exec;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import jenkins.MasterToSlaveFileCallable;

/**
 * Secret files for one run on the agent: a directory only its owner can enter (0700) holding
 * files only the owner can read (0600), created with those modes from the start so there is no
 * moment in which another user could read them. {@link #close} deletes everything, also when the
 * build was just aborted; {@link #sweep} removes what an earlier run could not (the agent was lost).
 */
public final class PrivateFiles implements AutoCloseable {

    /** The name every private directory starts with. */
    static final String PREFIX = "planb";

    private final FilePath directory;

    private PrivateFiles(FilePath directory) {
        this.directory = directory;
    }

    /**
     * Writes {@code files} (name → content) into a new private directory under {@code parent}.
     */
    public static PrivateFiles write(FilePath parent, Map<String, String> files)
            throws IOException, InterruptedException {
        parent.mkdirs();
        String created = parent.act(new WriteFiles(new LinkedHashMap<>(files)));
        return new PrivateFiles(new FilePath(parent, created));
    }

    /** The path of one of the files on the agent. */
    public String path(String name) {
        return directory.child(name).getRemote();
    }

    /**
     * Deletes the files. An aborted build's thread is interrupted, and a remoting call made while
     * interrupted fails at once and races its own cancellation: the flag is put aside for the
     * deletion and restored afterwards, so the abort still ends the build.
     *
     * @throws IOException when the files could not be deleted (the agent is gone); the caller
     *                     reports it and the next run's {@link #sweep} retries
     */
    @Override
    public void close() throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            directory.deleteRecursive();
        } catch (InterruptedException e) {
            interrupted = true;
            throw new IOException("interrupted while deleting " + directory.getRemote(), e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Deletes private directories an earlier run left in {@code parent}. Only for a parent no
     * other run uses at the same time: a host's own {@code @tmp}, whose builds never overlap.
     */
    public static void sweep(FilePath parent) throws IOException, InterruptedException {
        if (!parent.exists()) {
            return;
        }
        for (FilePath child : parent.listDirectories()) {
            if (child.getName().startsWith(PREFIX)) {
                child.deleteRecursive();
            }
        }
    }

    /** Runs on the agent: creates the directory and files with their final modes. */
    private static final class WriteFiles extends MasterToSlaveFileCallable<String> {

        private static final long serialVersionUID = 1L;

        private final LinkedHashMap<String, String> files;

        WriteFiles(LinkedHashMap<String, String> files) {
            this.files = files;
        }

        @Override
        public String invoke(File parent, VirtualChannel channel) throws IOException {
            Path directory = Files.createTempDirectory(parent.toPath(), PREFIX,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            try {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Path path = Files.createFile(directory.resolve(file.getKey()),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException | RuntimeException e) {
                deleteQuietly(directory);
                throw e;
            }
            return parent.toPath().relativize(directory).toString();
        }

        private static void deleteQuietly(Path directory) {
            try (var entries = Files.list(directory)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    Files.deleteIfExists(entry);
                }
                Files.deleteIfExists(directory);
            } catch (IOException ignored) {
                // best effort; the caller reports the original failure
            }
        }
    }
}
