package io.jenkins.plugins.planb.core.restore;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.exec.OutputHandler;
import io.jenkins.plugins.planb.core.run.HostLock;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunLog;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.storage.SnapshotTree;
import io.jenkins.plugins.planb.core.storage.SnapshotTree.EntryType;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.core.transport.RsyncExitCodes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Copies a snapshot, or one file or directory in it, out of the storage: into an empty
 * directory on this machine, or back onto the host. What it keeps is what a backup keeps
 * ({@link RestoreRsync}); it reads the snapshot where the storage opens it
 * ({@link Storage#openSnapshot}: in place, or a temporary clone that is destroyed afterwards).
 *
 * <p>Everything that can be checked is checked before anything is written, each with a
 * {@link RestoreRefused} naming the rule or what exists: the snapshot, the path in it, an
 * empty target outside the storage. It holds the host's lock, as a backup does: a backup's
 * retention could otherwise destroy the snapshot while it is read, and a backup of a host being
 * restored would keep a half-restored state. A backup that starts meanwhile is skipped.
 *
 * <p>Onto the host, nothing that exists is changed unless {@code --overwrite} is given:
 * rsync's {@code --ignore-existing} leaves existing files alone, but it would still set the
 * mode, owner and times of existing directories. So a directory is restored in two passes: a
 * dry run lists what is new, and the second pass sends exactly those items
 * ({@code --files-from}, {@code --no-implied-dirs}). The dry run is also what {@code --dry-run}
 * shows. Nothing is ever deleted.
 *
 * <p>Runs where the command runs (the storage machine): the target directory is checked and
 * the list of new items written with java.nio.
 */
public final class Restorer {

    private final Storage storage;
    private final CommandRunner runner;
    private final HostLock.Factory locks;

    public Restorer(Storage storage, CommandRunner runner, HostLock.Factory locks) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    public RestoreResult restore(RestoreRequest request, RunLog log)
            throws RestoreRefused, StorageException, IOException, InterruptedException {
        HostSpec host = request.host();
        if (request.target() instanceof RestoreTarget.LocalDirectory local) {
            requireEmptyOrMissing(local.directory());
        }
        Optional<HostLock> lock = locks.tryLock(host.id());
        if (lock.isEmpty()) {
            return new RestoreResult(Outcome.SKIPPED, host.id().toString(), "", List.of(), ItemCounts.NONE, -1, -1,
                    host.id() + " is being backed up; restore it later", List.of());
        }
        try (HostLock held = lock.get()) {
            requireSnapshot(storage.listSnapshots(host.id()), host.id(), request.snapshot());
            SnapshotTree tree = storage.openSnapshot(host.id(), request.snapshot());
            RestoreResult result;
            try {
                tree.notes().forEach(log::warn);
                result = restoreFrom(tree, request, log);
            } catch (RestoreRefused | StorageException | IOException | InterruptedException | RuntimeException e) {
                try {
                    tree.close();
                } catch (StorageException | IOException | InterruptedException | RuntimeException also) {
                    e.addSuppressed(also);
                }
                throw e;
            }
            try {
                tree.close();
            } catch (StorageException e) {
                // the restore itself is done; the admin must still destroy the clone
                log.warn(e.getMessage());
                List<String> notes = new ArrayList<>(result.notes());
                notes.add(e.getMessage());
                result = new RestoreResult(result.outcome(), result.source(), result.destination(), result.items(),
                        result.counts(), result.bytes(), result.rsyncExitCode(), result.error(), notes);
            }
            return result;
        }
    }

    /** Exit 2 for an unknown snapshot, naming the host's snapshots (the newest ones when there are many). */
    static void requireSnapshot(List<String> snapshots, HostId host, String name) throws RestoreRefused {
        if (snapshots.contains(name)) {
            return;
        }
        if (snapshots.isEmpty()) {
            throw new RestoreRefused("--snapshot: " + host + " has no snapshots, so there is no '" + name + "'");
        }
        String known = snapshots.size() <= 12
                ? "its snapshots: " + String.join(", ", snapshots)
                : "it has " + snapshots.size() + " snapshots, the newest: "
                        + String.join(", ", snapshots.subList(snapshots.size() - 8, snapshots.size()))
                        + " ('planb snapshots " + host + "' lists all)";
        throw new RestoreRefused("--snapshot: '" + name + "' is not a snapshot of " + host + "; " + known);
    }

    /** Exit 2 unless {@code directory} is an empty directory or does not exist (a dangling symlink counts as existing). */
    static void requireEmptyOrMissing(Path directory) throws RestoreRefused, IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new RestoreRefused("--to: " + directory + " exists and is not a directory; the target must be an "
                    + "empty directory or not exist yet");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            if (entries.iterator().hasNext()) {
                throw new RestoreRefused("--to: " + directory + " is not empty; the target must be an empty directory "
                        + "or not exist yet, so a restore never mixes with or overwrites other files");
            }
        }
    }

    /** Exit 2 when {@code directory} (or where it would be made) lies inside the storage, or holds it. */
    static void requireOutsideStorage(String option, Path directory, String storageArea)
            throws RestoreRefused, IOException {
        Path target = realPathOfNearestExisting(directory.toAbsolutePath().normalize());
        Path area = Path.of(storageArea);
        try {
            area = area.toRealPath();
        } catch (IOException e) {
            // compare the path as the storage names it
        }
        if (target.startsWith(area) || area.startsWith(target)) {
            throw new RestoreRefused(option + ": " + directory + (target.startsWith(area) ? " is inside" : " holds")
                    + " the storage (" + storageArea + "); restoring there would change snapshots or a live copy");
        }
    }

    /** {@code path} (absolute) with the part that exists resolved to its real path, symlinks followed. */
    private static Path realPathOfNearestExisting(Path path) throws IOException {
        Path existing = path;
        List<Path> missing = new ArrayList<>();
        while (!Files.exists(existing)) {
            Path parent = existing.getParent();
            Path name = existing.getFileName();
            if (parent == null || name == null) {
                return path; // nothing of it exists, not even "/"
            }
            missing.add(0, name);
            existing = parent;
        }
        Path real = existing.toRealPath();
        for (Path name : missing) {
            real = real.resolve(name);
        }
        return real;
    }

    private RestoreResult restoreFrom(SnapshotTree tree, RestoreRequest request, RunLog log)
            throws RestoreRefused, StorageException, IOException, InterruptedException {
        HostSpec host = request.host();
        EntryType type = requirePath(tree, request);
        boolean directory = type == EntryType.DIRECTORY;
        String source = directory ? RestoreRsync.withTrailingSlash(request.path().under(tree.root()))
                : request.path().under(tree.root());
        boolean toHost = request.target() instanceof RestoreTarget.OnHost;
        String destination = switch (request.target()) {
            case RestoreTarget.LocalDirectory local -> local.directory().toAbsolutePath().normalize().toString();
            case RestoreTarget.OnHost onHost -> onHost.originalPlace()
                    ? (directory ? request.path() : request.path().parent()).under(host.root())
                    : onHost.directory();
        };
        boolean remote = toHost && host.transport() == TransportKind.SSH;
        if (!remote) {
            // also a transport: local host, whose "host" is this machine, storage included
            requireOutsideStorage(toHost ? "--to-host" : "--to", Path.of(destination), tree.storageArea());
        }
        String shownDestination = RestoreRsync.withTrailingSlash(remote ? host.address() + ":" + destination : destination);
        String shownSource = "snapshot " + tree.snapshot() + " of " + host.id()
                + (request.path().isWhole() ? "" : ", " + request.path().relative()) + " (read from " + tree.source() + ")";

        List<String> notes = notes(request, tree.capabilities(), toHost, shownDestination);
        notes.forEach(log::info);

        if (request.target() instanceof RestoreTarget.LocalDirectory local && !request.dryRun()) {
            // rsync makes the directory itself (with the snapshot's mode and times), but only its last level
            Path parent = local.directory().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        }
        boolean protectExisting = toHost && !request.overwrite();
        Capabilities keeps = tree.capabilities();
        if (!(protectExisting && directory)) {
            Pass pass = run(RestoreRsync.argv(host, keeps, toHost, source, destination, request.dryRun(), protectExisting,
                    null), request.dryRun(), false, null, log);
            return pass.result(shownSource, shownDestination, ItemCounts.NONE, notes);
        }
        if (request.dryRun()) {
            Pass plan = run(RestoreRsync.argv(host, keeps, true, source, destination, true, true, null), true, true, null,
                    log);
            return plan.result(shownSource, shownDestination, ItemCounts.NONE, notes);
        }
        Path list = Files.createTempFile("planb-restore-", ".list",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Pass plan;
            try (OutputStream newNames = new BufferedOutputStream(Files.newOutputStream(list))) {
                plan = run(RestoreRsync.argv(host, keeps, true, source, destination, true, true, null), false, true,
                        newNames, log);
            }
            ItemCounts kept = new ItemCounts(0, 0, 0, 0, 0, 0, 0, plan.counts().kept());
            if (plan.outcome() == Outcome.FAILED || plan.counts().written() == 0) {
                RestoreResult planned = plan.result(shownSource, shownDestination, ItemCounts.NONE, notes);
                return new RestoreResult(planned.outcome(), shownSource, shownDestination, List.of(), kept, 0,
                        planned.rsyncExitCode(), planned.error(), notes);
            }
            Pass transfer = run(RestoreRsync.argv(host, keeps, true, source, destination, false, true, list), false,
                    false, null, log);
            RestoreResult result = transfer.result(shownSource, shownDestination, kept, notes);
            if (plan.outcome() == Outcome.PARTIAL && result.outcome() == Outcome.SUCCESS) {
                return new RestoreResult(Outcome.PARTIAL, result.source(), result.destination(), result.items(),
                        result.counts(), result.bytes(), plan.exitCode(), plan.error(), result.notes());
            }
            return result;
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /** The path's type; exit 2 when the snapshot has no such path or it leads through a symlink. */
    private static EntryType requirePath(SnapshotTree tree, RestoreRequest request)
            throws RestoreRefused, StorageException, IOException, InterruptedException {
        RestorePath path = request.path();
        EntryType type = tree.entryType(path.relative());
        if (type == EntryType.MISSING) {
            RestorePath existing = path.parent();
            while (!existing.isWhole() && tree.entryType(existing.relative()) != EntryType.DIRECTORY) {
                existing = existing.parent();
            }
            throw new RestoreRefused("--path: '" + path.relative() + "' is not in snapshot " + tree.snapshot() + " of "
                    + request.host().id() + (existing.isWhole() ? "" : " ('" + existing.relative() + "' is)"));
        }
        if (type == EntryType.BEHIND_SYMLINK) {
            throw new RestoreRefused("--path: '" + path.relative() + "' leads through a symlink in snapshot "
                    + tree.snapshot() + "; restore the symlink itself, or give the path it points to");
        }
        return type;
    }

    private List<String> notes(RestoreRequest request, Capabilities keeps, boolean toHost, String destination)
            throws IOException, InterruptedException {
        HostSpec host = request.host();
        List<String> notes = new ArrayList<>();
        if (toHost && !request.overwrite()) {
            notes.add("existing files in " + destination + " are left alone (rsync --ignore-existing) and existing "
                    + "directories keep their mode and owner; --overwrite replaces them; nothing is deleted");
        } else if (toHost) {
            notes.add("--overwrite: existing files that differ from the snapshot are replaced and existing directories "
                    + "get its mode, owner and times; nothing is deleted");
        }
        if (!keeps.xattrs()) {
            notes.add("the storage keeps no extended attributes, so none are restored (rsync runs without -X)");
        }
        if (!keeps.posixAcls()) {
            notes.add("the storage keeps no POSIX ACLs, so none are restored (rsync runs without -A)");
        }
        boolean remote = toHost && host.transport() == TransportKind.SSH;
        if (remote && !host.sudo() && !"root".equals(host.user())) {
            notes.add("the host's rsync runs as " + host.user() + " without sudo, so owners and groups are not restored");
        } else if (!remote && !runningAsRoot()) {
            notes.add("not running as root, so owners and groups are not restored: the files belong to this account");
        }
        return notes;
    }

    private boolean runningAsRoot() throws IOException, InterruptedException {
        ExecResult id = runner.run(Command.of("id", "-u"));
        return id.succeeded() && id.stdout().strip().equals("0");
    }

    /**
     * @param keepItems keep every item (a dry run's plan), not only their counts
     * @param plan      the dry run before a pass that sends only new items: what it would set on an
     *                  existing directory is left alone, so those count as kept
     * @param newNames  receives the name of every new item, NUL-terminated, for {@code --files-from}; or {@code null}
     */
    private Pass run(List<String> argv, boolean keepItems, boolean plan, OutputStream newNames, RunLog log)
            throws IOException, InterruptedException {
        log.command(argv);
        Pass pass = new Pass(keepItems, plan, newNames);
        ExecResult result = runner.run(Command.of(argv), new OutputHandler() {
            @Override
            public void stdout(String line) {
                pass.line(line);
            }

            @Override
            public void stderr(String line) {
                log.output(line);
            }
        });
        pass.finish(result);
        if (pass.writeFailure != null) {
            throw pass.writeFailure;
        }
        return pass;
    }

    /** One rsync run: its items as they are printed, then its exit. */
    private static final class Pass {
        /** Lines that are no item: statistics, "created directory"; a few dozen. */
        private static final int OTHER_OUTPUT_LIMIT = 64 * 1024;

        private final boolean keepItems;
        private final boolean plan;
        private final OutputStream newNames;
        private volatile IOException writeFailure;
        private final List<RestoreItem> items = new ArrayList<>();
        private final StringBuilder other = new StringBuilder();
        private ItemCounts counts = ItemCounts.NONE;
        private ExecResult result;

        Pass(boolean keepItems, boolean plan, OutputStream newNames) {
            this.keepItems = keepItems;
            this.plan = plan;
            this.newNames = newNames;
        }

        synchronized void line(String line) {
            Optional<RestoreItem> parsed = RestoreItem.parse(line);
            if (parsed.isEmpty()) {
                if (other.length() < OTHER_OUTPUT_LIMIT) {
                    other.append(line).append('\n');
                }
                return;
            }
            RestoreItem item = parsed.get();
            if (plan && !item.isNew()) {
                item = item.kept(); // what rsync would set on an existing directory, the second pass leaves alone
            }
            counts = counts.plus(item);
            if (keepItems) {
                items.add(item);
            }
            if (newNames != null && item.isNew() && writeFailure == null) {
                try {
                    newNames.write(item.nameBytes());
                    newNames.write(0);
                } catch (IOException e) {
                    writeFailure = e;
                }
            }
        }

        synchronized void finish(ExecResult finished) {
            this.result = finished;
        }

        synchronized ItemCounts counts() {
            return counts;
        }

        int exitCode() {
            return result.exitCode();
        }

        Outcome outcome() {
            if (result.succeeded()) {
                return Outcome.SUCCESS;
            }
            int code = result.exitCode();
            return code == RsyncExitCodes.PARTIAL_ERROR || code == RsyncExitCodes.PARTIAL_VANISHED
                    ? Outcome.PARTIAL : Outcome.FAILED;
        }

        String error() {
            if (result.succeeded()) {
                return null;
            }
            String line = result.firstErrorLine();
            String meaning = result.timedOut() ? "timed out" : "rsync exit " + result.exitCode() + ": "
                    + RsyncExitCodes.meaning(result.exitCode());
            return line.isEmpty() ? meaning : line + " (" + meaning + ")";
        }

        synchronized RestoreResult result(String source, String destination, ItemCounts before, List<String> notes) {
            ItemCounts total = before;
            total = new ItemCounts(total.files() + counts.files(), total.directories() + counts.directories(),
                    total.symlinks() + counts.symlinks(), total.hardLinks() + counts.hardLinks(),
                    total.other() + counts.other(), total.replaced() + counts.replaced(),
                    total.updated() + counts.updated(), total.kept() + counts.kept());
            long bytes = RsyncStats.parse(other.toString()).bytesTransferred();
            return new RestoreResult(outcome(), source, destination, items, total, bytes, result.exitCode(), error(), notes);
        }
    }
}
