package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One snapshot opened for reading by {@link Storage#openSnapshot}: a directory on this machine
 * that holds the host's files exactly as they were backed up (what was under the host's
 * {@code root}). Read it, never write into it: on directory storage its files share inodes with
 * other snapshots. {@link #close} gives back whatever opening it took (a ZFS clone is destroyed).
 */
public final class SnapshotTree implements AutoCloseable {

    /** What {@link #close} does: nothing, or destroy a clone. */
    @FunctionalInterface
    interface Release {
        void release() throws StorageException, IOException, InterruptedException;
    }

    /** What a path inside the snapshot is. */
    public enum EntryType {
        FILE, DIRECTORY, SYMLINK,
        /** a FIFO, socket or device */
        SPECIAL,
        MISSING,
        /** a directory on the way is a symlink: following it would leave the snapshot */
        BEHIND_SYMLINK
    }

    private final String snapshot;
    private final String root;
    private final String storageArea;
    private final Capabilities capabilities;
    private final String source;
    private final List<String> notes;
    private final StorageCommands commands;
    private final Release release;
    private boolean closed;

    SnapshotTree(String snapshot, String root, String storageArea, Capabilities capabilities, String source,
            List<String> notes, StorageCommands commands, Release release) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.root = withoutTrailingSlash(Objects.requireNonNull(root, "root"));
        this.storageArea = withoutTrailingSlash(Objects.requireNonNull(storageArea, "storageArea"));
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.source = Objects.requireNonNull(source, "source");
        this.notes = List.copyOf(notes);
        this.commands = commands;
        this.release = release;
    }

    public String snapshot() {
        return snapshot;
    }

    /** The absolute path of the tree as backed up, without a trailing slash. */
    public String root() {
        return root;
    }

    /**
     * The directory nothing may ever be restored into: the storage's own tree (directory storage:
     * its {@code path}; ZFS: the parent dataset's mountpoint), snapshots and live copies included.
     */
    public String storageArea() {
        return storageArea;
    }

    /** What the storage keeps, so a reader asks rsync for no more (ACLs, xattrs) than the snapshot can hold. */
    public Capabilities capabilities() {
        return capabilities;
    }

    /** How the snapshot is read, for the log: e.g. "the temporary clone tank/BACKUP/acme/web01/planb-restore-…". */
    public String source() {
        return source;
    }

    /** Warnings from opening it (e.g. a leftover clone that was destroyed). */
    public List<String> notes() {
        return notes;
    }

    /**
     * What {@code relativePath} ({@code ""} for the root; no leading slash, no {@code ..}) is in
     * the snapshot. Every directory on the way must be a real directory: the kernel would follow a
     * symlink there, out of the snapshot and into this machine's own files. One {@code find} call
     * (through sudo when the storage uses it).
     */
    public EntryType entryType(String relativePath) throws StorageException, IOException, InterruptedException {
        List<String> prefixes = new ArrayList<>();
        prefixes.add(root);
        StringBuilder path = new StringBuilder(root);
        if (!relativePath.isEmpty()) {
            for (String component : relativePath.split("/")) {
                path.append('/').append(component);
                prefixes.add(path.toString());
            }
        }
        List<String> argv = new ArrayList<>(List.of("find"));
        argv.addAll(prefixes); // absolute paths: none can be read as an option
        argv.addAll(List.of("-maxdepth", "0", "-printf", "%y\\n"));
        ExecResult found = commands.run(argv);
        List<String> types = StorageCommands.lines(found);
        if (!found.succeeded() && types.isEmpty() && !missing(found)) {
            throw StorageCommands.failure("look up " + relativePath + " in snapshot " + snapshot, found);
        }
        for (int i = 0; i < prefixes.size(); i++) {
            if (i >= types.size()) {
                return EntryType.MISSING;
            }
            String type = types.get(i);
            boolean last = i == prefixes.size() - 1;
            if (last) {
                return switch (type) {
                    case "f" -> EntryType.FILE;
                    case "d" -> EntryType.DIRECTORY;
                    case "l" -> EntryType.SYMLINK;
                    default -> EntryType.SPECIAL;
                };
            }
            if (type.equals("l")) {
                return EntryType.BEHIND_SYMLINK;
            }
            if (!type.equals("d")) {
                return EntryType.MISSING; // a file where a directory would have to be
            }
        }
        return EntryType.MISSING;
    }

    private static boolean missing(ExecResult found) {
        return found.stderr().contains("No such file or directory") || found.stderr().contains("Not a directory");
    }

    /**
     * Gives the snapshot back (destroys a clone). Safe to call twice. Runs even when the calling
     * thread was interrupted (Ctrl-C): the interrupt is put back afterwards.
     */
    @Override
    public void close() throws StorageException, IOException, InterruptedException {
        if (closed || release == null) {
            closed = true;
            return;
        }
        closed = true;
        boolean interrupted = Thread.interrupted();
        try {
            release.release();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
