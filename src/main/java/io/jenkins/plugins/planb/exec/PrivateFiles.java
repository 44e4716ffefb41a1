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
 * moment in which another user could read them. {@link #close} deletes everything; callers use
 * try-with-resources so that happens whatever the run did.
 */
public final class PrivateFiles implements AutoCloseable {

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

    @Override
    public void close() throws IOException, InterruptedException {
        directory.deleteRecursive();
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
            Path directory = Files.createTempDirectory(parent.toPath(), "planb",
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
            return directory.getFileName().toString();
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
