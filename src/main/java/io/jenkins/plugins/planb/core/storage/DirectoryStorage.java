package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hard-linked snapshot directories where there is no ZFS: {@code <path>/<group>/<host>/}
 * with snapshots in {@code .snapshots/<name>/}. A snapshot never changes after it is taken,
 * neither content nor metadata, because no snapshot ever shares an inode with a file that
 * rsync later writes or fixes up (see {@link DirectoryLayout}; {@code cp -al} and
 * {@code --inplace} both break that rule).
 *
 * <p>A run never resumes what a broken run left in {@code .snapshots/.incomplete/}: that
 * run's rsync may outlive a killed {@code planb} and keep writing into the directory, and so
 * into the snapshot it would become. {@link #prepare} renames it aside to
 * {@code .snapshots/.abandoned-<unique>/}, where such an orphan can do no harm, removes
 * abandoned directories as far as it can and starts in a new, empty {@code .incomplete/}.
 * The cost: whatever a killed run had transferred is sent again; unchanged files are still
 * hard-linked from the newest snapshot through {@code --link-dest}, so only files changed
 * since that snapshot travel twice.
 *
 * <p>Snapshots are not made read-only: chmod on the files would change their metadata, and
 * with it every later {@code --link-dest} comparison would fail and copy the whole tree. The
 * host directory is {@code 0700} instead, since files keep their numeric owners from the
 * remote host and those ids can mean other people here.
 *
 * <p>Every operation runs through the {@link CommandRunner} ({@code mkdir}, {@code mv},
 * {@code find}, {@code rm}, {@code du}, {@code rsync}), never through java.nio, so the same
 * code runs on a Jenkins agent.
 */
public final class DirectoryStorage implements Storage {

    static final String SNAPSHOTS = ".snapshots";
    static final String INCOMPLETE = ".incomplete";
    static final String BUILDING = ".building";
    /** Incomplete directories of broken runs, moved aside to be removed; hidden, so never listed. */
    static final String ABANDONED_PREFIX = ".abandoned-";
    static final String LIVE = "data";

    /** Paths per {@code rm} call: far below ARG_MAX even for long roots. */
    static final int DESTROY_BATCH = 200;

    private final String root;
    private final DirectoryLayout layout;
    private final StorageCommands commands;
    private final FeatureProbe probe;
    private final Map<String, Capabilities> probed = new ConcurrentHashMap<>();

    public DirectoryStorage(StorageSpec.Directory spec, CommandRunner runner) {
        this(spec, runner, DirectoryLayout.SNAPSHOT_PER_RUN);
    }

    public DirectoryStorage(StorageSpec.Directory spec, CommandRunner runner, DirectoryLayout layout) {
        String path = spec.path().toString();
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("storage.directory.path '" + path + "' must be an absolute path");
        }
        this.root = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.layout = Objects.requireNonNull(layout, "layout");
        this.commands = new StorageCommands(Objects.requireNonNull(runner, "runner"), false);
        this.probe = new FeatureProbe(commands);
    }

    public DirectoryLayout layout() {
        return layout;
    }

    @Override
    public String datasetName(HostId host) {
        StorageNames.requireSafeHost(host);
        return root + "/" + host.group() + "/" + host.host();
    }

    private String snapshots(HostId host) {
        return datasetName(host) + "/" + SNAPSHOTS;
    }

    @Override
    public BackupTarget prepare(HostId host) throws StorageException, IOException, InterruptedException {
        String hostDir = datasetName(host);
        String snapshots = snapshots(host);
        commands.check(List.of("mkdir", "-p", "--", snapshots), "create " + snapshots);
        commands.check(List.of("chmod", "0700", "--", hostDir), "protect " + hostDir);
        List<String> existing = listSnapshots(host);
        String newest = existing.isEmpty() ? null : snapshots + "/" + existing.get(existing.size() - 1);
        if (layout == DirectoryLayout.LIVE_COPY) {
            removeTree(snapshots + "/" + BUILDING);
            String live = hostDir + "/" + LIVE;
            commands.check(List.of("mkdir", "-p", "--", live), "create " + live);
            // No --link-dest for the live copy: its inodes must never be a snapshot's.
            return new BackupTarget(host, hostDir, live + "/", null);
        }
        String incomplete = snapshots + "/" + INCOMPLETE;
        setAsideAbandonedRuns(snapshots);
        // No -p: the directory must be new, never one somebody else is still writing into.
        commands.check(List.of("mkdir", "--", incomplete), "create " + incomplete);
        return new BackupTarget(host, hostDir, incomplete + "/", newest);
    }

    /**
     * Never resumes a broken run's incomplete directory: when its {@code planb} was killed,
     * its rsync can live on, still chdir'ed into it and writing, and would keep writing into
     * whatever that directory is renamed to, a snapshot included. So it is renamed aside
     * (atomic, and an orphan's cwd follows the rename, so it can only ever write into the
     * abandoned copy) and every abandoned copy is removed as far as possible. Removal may fail
     * while an orphan still creates files there; that is harmless, the next run tries again.
     */
    private void setAsideAbandonedRuns(String snapshots) throws StorageException, IOException, InterruptedException {
        String incomplete = snapshots + "/" + INCOMPLETE;
        if (commands.run(List.of("test", "-e", incomplete)).succeeded()) {
            String aside = snapshots + "/" + ABANDONED_PREFIX + uniqueSuffix();
            commands.check(List.of("mv", "-T", "--", incomplete, aside), "move the unfinished run " + incomplete + " aside");
        }
        commands.run(List.of("find", snapshots, "-mindepth", "1", "-maxdepth", "1", "-name", ABANDONED_PREFIX + "*",
                "-exec", "rm", "-rf", "--one-file-system", "--", "{}", "+"));
    }

    /** Time for the admin who finds one, randomness so that no two runs ever pick the same. */
    private static String uniqueSuffix() {
        return System.currentTimeMillis() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    @Override
    public void snapshot(BackupTarget target, String name) throws StorageException, IOException, InterruptedException {
        StorageNames.requireSafeSnapshot(name);
        String snapshots = target.dataset() + "/" + SNAPSHOTS;
        String snapshot = snapshots + "/" + name;
        if (commands.run(List.of("test", "-e", snapshot)).succeeded()) {
            throw new StorageException("snapshot " + snapshot + " already exists");
        }
        String frozen;
        if (layout == DirectoryLayout.LIVE_COPY) {
            frozen = snapshots + "/" + BUILDING;
            removeTree(frozen);
            commands.check(copyLiveArgv(target, frozen), "copy the live copy into " + frozen);
        } else {
            frozen = stripSlash(target.destination());
        }
        // The rename is the commit: until it happens no snapshot exists, so a killed run
        // leaves no half snapshot. It also sets the directory's ctime, which listings sort by.
        commands.check(List.of("mv", "-T", "--", frozen, snapshot), "rename " + frozen + " to " + snapshot);
    }

    private List<String> copyLiveArgv(BackupTarget target, String building)
            throws StorageException, IOException, InterruptedException {
        Capabilities keeps = capabilities(target);
        List<String> argv = new ArrayList<>(List.of("rsync", "-aH", "--numeric-ids"));
        if (keeps.posixAcls()) {
            argv.add("-A");
        }
        if (keeps.xattrs()) {
            argv.add("-X");
        }
        List<String> existing = listSnapshots(target.host());
        if (!existing.isEmpty()) {
            argv.add("--link-dest=" + target.dataset() + "/" + SNAPSHOTS + "/" + existing.get(existing.size() - 1));
        }
        argv.add("--");
        argv.add(target.destination());
        argv.add(building + "/");
        return argv;
    }

    /**
     * Keeps the incomplete directory for inspection (the next {@link #prepare} moves it aside
     * and removes it) or the live copy for the next run to update; only a half-built
     * live-copy snapshot, which shares inodes with the previous one, is removed.
     */
    @Override
    public void abandon(BackupTarget target) throws IOException, InterruptedException {
        if (layout == DirectoryLayout.LIVE_COPY) {
            try {
                removeTree(target.dataset() + "/" + SNAPSHOTS + "/" + BUILDING);
            } catch (StorageException e) {
                // prepare() removes it again before the next run builds anything
            }
        }
    }

    /**
     * Names in {@code .snapshots/} except the hidden work directories, oldest first. PlanB's
     * own snapshots are placed by the time in their name, so their order survives a copy of
     * the whole tree to another disk; manual ones by the directory's ctime (rsync gives a
     * snapshot's root the source's mtime, but the final rename, or the admin's mkdir, sets its
     * ctime and nothing touches a snapshot afterwards). Equal times go by name.
     */
    @Override
    public List<String> listSnapshots(HostId host) throws StorageException, IOException, InterruptedException {
        String snapshots = snapshots(host);
        ExecResult listed = commands.run(
                List.of("find", snapshots, "-mindepth", "1", "-maxdepth", "1", "-type", "d", "-printf", "%C@ %f\\n"));
        if (!listed.succeeded()) {
            if (listed.stderr().contains("No such file or directory")) {
                return List.of();
            }
            throw StorageCommands.failure("list snapshots in " + snapshots, listed);
        }
        record Entry(BigDecimal time, String name) {}
        List<Entry> entries = new ArrayList<>();
        for (String line : StorageCommands.lines(listed)) {
            int space = line.indexOf(' ');
            String name = line.substring(space + 1);
            if (space > 0 && StorageNames.isSafe(name)) { // drops .incomplete, .building, .abandoned-*
                BigDecimal time = SnapshotName.parse(name)
                        .map(instant -> BigDecimal.valueOf(instant.getEpochSecond()))
                        .orElseGet(() -> new BigDecimal(line.substring(0, space)));
                entries.add(new Entry(time, name));
            }
        }
        entries.sort(Comparator.comparing(Entry::time).thenComparing(Entry::name));
        return entries.stream().map(Entry::name).toList();
    }

    @Override
    public void destroySnapshots(HostId host, List<String> names)
            throws StorageException, IOException, InterruptedException {
        for (String name : names) {
            StorageNames.requireOwnSnapshot(name);
        }
        String snapshots = snapshots(host);
        for (int from = 0; from < names.size(); from += DESTROY_BATCH) {
            List<String> argv = new ArrayList<>(List.of("rm", "-rf", "--one-file-system", "--"));
            for (String name : names.subList(from, Math.min(names.size(), from + DESTROY_BATCH))) {
                argv.add(snapshots + "/" + name);
            }
            commands.check(argv, "destroy snapshots in " + snapshots);
        }
    }

    /**
     * {@code used}: the whole host directory; {@code referenced}: the newest snapshot (or the
     * live copy). One {@code du} run counts each inode once, under the first argument that
     * reaches it, so the two lines add up to the total. {@code written} would need a second
     * pass over two snapshots and stays unknown.
     */
    @Override
    public DatasetSizes sizes(HostId host) throws IOException, InterruptedException {
        try {
            String hostDir = datasetName(host);
            String referenced;
            if (layout == DirectoryLayout.LIVE_COPY) {
                referenced = hostDir + "/" + LIVE;
            } else {
                List<String> existing = listSnapshots(host);
                if (existing.isEmpty()) {
                    return DatasetSizes.UNKNOWN;
                }
                referenced = snapshots(host) + "/" + existing.get(existing.size() - 1);
            }
            ExecResult result = commands.run(List.of("du", "-s", "--block-size=1", "--", referenced, hostDir));
            List<String> lines = StorageCommands.lines(result);
            if (!result.succeeded() || lines.size() != 2) {
                return DatasetSizes.UNKNOWN;
            }
            long newest = firstNumber(lines.get(0));
            long rest = firstNumber(lines.get(1));
            // du counts each inode once, under the first argument that reaches it: "rest" is what
            // the host directory holds beyond the newest snapshot (or live copy).
            return new DatasetSizes(newest + rest, newest, -1, rest);
        } catch (StorageException | NumberFormatException e) {
            return DatasetSizes.UNKNOWN;
        }
    }

    /**
     * One {@code find -H <root> -mindepth 1 -maxdepth 2 -type d}: the group directories and the
     * host directories in them (see {@link DirectoryInventory#tree}), unmeasured.
     */
    @Override
    public List<StoredDataset> inventory() throws StorageException, IOException, InterruptedException {
        ExecResult listed = commands.run(List.of("find", "-H", root, "-mindepth", "1", "-maxdepth", "2", "-type", "d",
                "-printf", "%d/%P\\0"));
        if (!listed.succeeded()) {
            if (listed.stderr().strip().equals("find: '" + root + "': No such file or directory")) {
                return List.of();
            }
            // A directory that cannot be read hides hosts: better no answer than a wrong one.
            throw StorageCommands.failure("list the directories under " + root, listed);
        }
        return DirectoryInventory.tree(root, listed.stdout(), DirectoryStorage::removeArgv);
    }

    private static List<String> removeArgv(String path) {
        return List.of("rm", "-rf", "--one-file-system", "--", path);
    }

    /**
     * Sizes from {@code du -s -0 --block-size=1} (what {@code du -s --block-size=1} says of each
     * directory alone, since none holds another and snapshots share inodes only within a host)
     * and snapshots from one {@code find} over their {@code .snapshots} directories, both in
     * batches of {@value #DESTROY_BATCH} paths.
     */
    @Override
    public List<StoredDataset> measured(List<StoredDataset> datasets) throws IOException, InterruptedException {
        List<String> locations = new ArrayList<>();
        List<String> snapshotDirectories = new ArrayList<>();
        Map<String, String> ownerOf = new HashMap<>();
        Map<String, String> labelPrefix = new HashMap<>();
        for (StoredDataset dataset : datasets) {
            if (dataset.usage() != null) {
                continue;
            }
            locations.add(dataset.location());
            if (dataset.isGroup()) {
                for (String host : dataset.hosts()) {
                    String hostDirectory = dataset.location() + "/" + host;
                    snapshotDirectories.add(hostDirectory + "/" + SNAPSHOTS);
                    ownerOf.put(hostDirectory, dataset.location());
                    labelPrefix.put(hostDirectory, host + "@");
                }
            } else {
                snapshotDirectories.add(dataset.location() + "/" + SNAPSHOTS);
                ownerOf.put(dataset.location(), dataset.location());
                labelPrefix.put(dataset.location(), "");
            }
        }
        if (locations.isEmpty()) {
            return datasets;
        }
        Map<String, Long> sizes = new HashMap<>();
        for (List<String> batch : batches(locations)) {
            List<String> argv = new ArrayList<>(List.of("du", "-s", "-0", "--block-size=1", "--"));
            argv.addAll(batch);
            // du goes on past what it cannot read; the directories it could not size stay unknown
            sizes.putAll(DirectoryInventory.sizes(commands.run(argv).stdout()));
        }
        StringBuilder found = new StringBuilder();
        for (List<String> batch : batches(snapshotDirectories)) {
            List<String> argv = new ArrayList<>(List.of("find", "-H"));
            argv.addAll(batch);
            argv.addAll(List.of("-mindepth", "1", "-maxdepth", "1", "-type", "d", "-printf", "%C@ %p\\0"));
            found.append(commands.run(argv).stdout()); // a host without .snapshots/ has none
        }
        Map<String, StoredDataset.Usage> snapshots =
                DirectoryInventory.snapshots(found.toString(), ownerOf::get, labelPrefix::get);
        List<StoredDataset> measured = new ArrayList<>(datasets.size());
        for (StoredDataset dataset : datasets) {
            if (dataset.usage() != null) {
                measured.add(dataset);
                continue;
            }
            StoredDataset.Usage listed = snapshots.get(dataset.location());
            long used = sizes.getOrDefault(dataset.location(), -1L);
            measured.add(dataset.withUsage(listed == null
                    ? new StoredDataset.Usage(used, 0, null, null)
                    : new StoredDataset.Usage(used, listed.snapshotCount(), listed.newestSnapshot(),
                            listed.newestSnapshotAt())));
        }
        return measured;
    }

    private static List<List<String>> batches(List<String> paths) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += DESTROY_BATCH) {
            batches.add(paths.subList(from, Math.min(paths.size(), from + DESTROY_BATCH)));
        }
        return batches;
    }

    private static long firstNumber(String duLine) {
        return Long.parseLong(duLine.substring(0, duLine.indexOf('\t')));
    }

    /** Probed once per host directory: {@code user.*} xattrs and ACLs written and read back. */
    @Override
    public Capabilities capabilities(BackupTarget target) throws IOException, InterruptedException {
        Capabilities known = probed.get(target.dataset());
        if (known == null) {
            known = probe.probe(target.dataset(), true);
            probed.put(target.dataset(), known);
        }
        return known;
    }

    /**
     * Snapshots are plain directories, read in place: {@code <path>/<group>/<host>/.snapshots/<name>/}
     * holds the tree below the host's root directly. Nothing to give back on close. What the
     * snapshot can hold is what the host directory keeps (the same probe a backup runs there).
     */
    @Override
    public SnapshotTree openSnapshot(HostId host, String name) throws StorageException, IOException, InterruptedException {
        StorageNames.requireSafeSnapshot(name);
        String snapshot = snapshots(host) + "/" + name;
        if (!commands.run(List.of("test", "-d", snapshot)).succeeded()) {
            throw new StorageException("snapshot " + name + " of " + host + " does not exist (" + snapshot + ")");
        }
        String hostDir = datasetName(host);
        Capabilities keeps = probed.get(hostDir);
        if (keeps == null) {
            keeps = probe.probe(hostDir, true);
            probed.put(hostDir, keeps);
        }
        return new SnapshotTree(name, snapshot, root, keeps, "the snapshot directory " + snapshot, List.of(), commands,
                null);
    }

    private void removeTree(String path) throws StorageException, IOException, InterruptedException {
        commands.check(List.of("rm", "-rf", "--one-file-system", "--", path), "remove " + path);
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
