package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One ZFS dataset per host, {@code <parent>/<group>/<host>}, created on demand; rsync writes
 * into {@code <mountpoint>/data/} and each good run becomes {@code <dataset>@<name>}.
 *
 * <p>A host may instead adopt an existing dataset (its {@code dataset} setting, see
 * {@link #ZfsStorage(StorageSpec.Zfs, CommandRunner, Clock, Map)}), such as {@code tank/BACKUP/acme-web01} that the old PlanB filled with the
 * same {@code data/} layout and snapshot names: its live copy and snapshots carry on. An adopted
 * dataset is never created; a missing one fails the run, so a typo cannot grow a new tree.
 *
 * <p>Cost rules from the field (sanoid, zrepl, zfs-auto-snapshot reports): snapshot listings
 * are always scoped to the one dataset ({@code -d 1 <dataset>}) and name-only, never
 * pool-wide; destroys go in as few {@code zfs} calls as the implementation allows (one
 * comma-list call per ~64 KiB of names on OpenZFS; zfs-fuse takes one snapshot per call).
 *
 * <p>With {@code sudo}, every command this class runs goes through {@code sudo -n}, so the
 * storage account needs sudoers entries for {@code zfs}, {@code mkdir}, {@code mktemp},
 * {@code setfattr}, {@code getfattr}, {@code setfacl}, {@code getfacl}, {@code rm},
 * {@code chown}, {@code touch}, {@code find}, {@code ps} and {@code kill} (mounting needs root even
 * with {@code zfs allow} delegation). rsync itself runs
 * without sudo, as the invoking user, so a non-root user gets the mountpoint and {@code data/}
 * chowned to it and keeps no file owners (reported once per run through {@link Capabilities}).
 *
 * <p>What the dataset keeps (xattrs, ACLs; see {@link FeatureProbe}) is probed once and stored
 * in the user property {@code planb:capabilities} of the host's dataset, e.g.
 * {@code xattrs=yes,acls=no,zfs=zfs-fuse}; every later run reads it with the {@code zfs get}
 * that {@link #prepare} runs anyway, so an unchanged run spawns no probe commands. It is
 * probed again when the property is unset or unreadable: {@code zfs inherit planb:capabilities
 * <dataset>} forces that (after enabling xattrs in zfs-fuse, installing {@code attr}/{@code acl},
 * fixing sudoers). An admin may also set it on the parent, e.g. {@code zfs set
 * planb:capabilities=xattrs=yes,acls=no,zfs=zfs-fuse tank/BACKUP}, and every dataset below
 * inherits it and is never probed; the value is then trusted as written.
 *
 * <p>The live copy shares no block with the snapshots (they are copy-on-write), so rsync
 * updates changed files in place ({@link WriteMode#IN_PLACE}) and a change costs about its own
 * blocks in the next snapshot instead of the whole file. What that needs, see
 * {@link #prepare}, {@link #afterTransfer} and {@link #snapshot}: a killed or failed run leaves
 * half-written files, which the next run finds and repairs before the next snapshot; and
 * rsync writes a changed file through all of its hard-linked names, also names the host has
 * since made files of their own, which a second, replacing pass puts right.
 */
public final class ZfsStorage implements Storage {

    /** Linux refuses a single argument over 128 KiB; stay well below it. */
    static final int MAX_DESTROY_ARGUMENT_CHARS = 64 * 1024;

    /**
     * User property of a host's dataset while an in-place transfer is unfinished: the UTC time
     * it started, set before rsync writes and cleared after the snapshot.
     */
    public static final String UNFINISHED = "planb:unfinished";

    /** A file beside {@code data/} whose modification time is when the latest transfer started. */
    public static final String TRANSFER_START = ".planb-transfer-start";

    /** Name prefix of the clones {@link #openSnapshot} makes below a host's dataset. */
    public static final String RESTORE_CLONE_PREFIX = "planb-restore-";

    /** User property of such a clone: the UTC time it was made. */
    public static final String RESTORE_PROPERTY = "planb:restore";

    static final int CLONE_DESTROY_ATTEMPTS = 20;

    static final String INSPECTED = "mountpoint,mounted,compression," + StoredCapabilities.PROPERTY + "," + UNFINISHED;

    private final String parent;
    /** Hosts that adopt an existing dataset instead of {@code <parent>/<group>/<host>}. */
    private final Map<HostId, String> adopted;
    private final StorageCommands commands;
    private final FeatureProbe probe;
    private ZfsFlavour flavour;
    /** Capabilities read from or stored in each dataset's {@code planb:capabilities} this process. */
    private final Map<String, StoredCapabilities> known = new ConcurrentHashMap<>();
    /** Whether each dataset's live copy had a hard-linked file when this process last prepared it. */
    private final Map<String, Boolean> hardLinked = new ConcurrentHashMap<>();
    private final Clock clock;
    private StorageUser user;
    private boolean userQueried;

    public ZfsStorage(StorageSpec.Zfs spec, CommandRunner runner) {
        this(spec, runner, Clock.systemUTC());
    }

    /** @param clock for the time {@value #UNFINISHED} records */
    public ZfsStorage(StorageSpec.Zfs spec, CommandRunner runner, Clock clock) {
        this(spec, runner, clock, Map.of());
    }

    /**
     * @param clock   for the time {@value #UNFINISHED} records
     * @param adopted hosts that adopt an existing dataset instead of {@code <parent>/<group>/<host>},
     *                as their {@code dataset} setting names it
     */
    public ZfsStorage(StorageSpec.Zfs spec, CommandRunner runner, Clock clock, Map<HostId, String> adopted) {
        this.parent = requireParent(spec.parent());
        adopted.values().forEach(ZfsStorage::requireDatasetName);
        this.adopted = Map.copyOf(adopted);
        this.commands = new StorageCommands(Objects.requireNonNull(runner, "runner"), spec.sudo());
        this.probe = new FeatureProbe(commands);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static String requireParent(String parent) {
        if (!isDatasetName(parent)) {
            throw new IllegalArgumentException(
                    "storage.zfs.parent '" + parent + "' must be a dataset name like tank/BACKUP");
        }
        return parent;
    }

    private static void requireDatasetName(String dataset) {
        if (!isDatasetName(dataset) || dataset.contains(" ") || dataset.contains("#")) {
            throw new IllegalArgumentException("dataset '" + dataset + "' must be a dataset name like tank/BACKUP/acme-web01");
        }
    }

    private static boolean isDatasetName(String name) {
        return name != null && !name.isEmpty() && !name.startsWith("/") && !name.endsWith("/")
                && !name.contains("//") && !name.contains("@") && !name.startsWith("-");
    }

    @Override
    public String datasetName(HostId host) {
        StorageNames.requireSafeHost(host);
        String own = adopted.get(host);
        return own != null ? own : parent + "/" + host.group() + "/" + host.host();
    }

    @Override
    public BackupTarget prepare(HostId host) throws StorageException, IOException, InterruptedException {
        String dataset = datasetName(host);
        List<String> inspect = List.of("zfs", "get", "-H", "-p", "-o", "property,value", INSPECTED, dataset);
        ExecResult inspected = commands.run(inspect);
        boolean created = false;
        if (!inspected.succeeded()) {
            if (!doesNotExist(inspected)) {
                throw StorageCommands.failure("inspect dataset " + dataset, inspected);
            }
            if (adopted.containsKey(host)) {
                throw new StorageException("dataset " + dataset + " (the host's 'dataset' setting) does not exist; "
                        + "an adopted dataset is never created: check its name, or remove 'dataset' to use "
                        + parent + "/" + host.group() + "/" + host.host());
            }
            create(dataset);
            created = true;
            inspected = commands.check(inspect, "inspect dataset " + dataset);
        }
        Map<String, String> values = properties(inspected);
        String mountpoint = values.get("mountpoint");
        if (mountpoint == null || values.get("mounted") == null) {
            throw new StorageException("cannot inspect dataset " + dataset + ": unexpected 'zfs get' output "
                    + StorageCommands.lines(inspected));
        }
        if (!mountpoint.startsWith("/")) {
            throw new StorageException("dataset " + dataset + " has mountpoint '" + mountpoint
                    + "'; PlanB needs a mounted path (zfs set mountpoint=... on " + parent + ")");
        }
        boolean wasMounted = "yes".equals(values.get("mounted"));
        if (!wasMounted) {
            commands.check(List.of("zfs", "mount", dataset), "mount dataset " + dataset);
        }
        StoredCapabilities stored = StoredCapabilities.parse(values.get(StoredCapabilities.PROPERTY));
        remember(dataset, stored);
        String data = mountpoint + "/data";
        // Skipped only on the common path (an existing, mounted dataset whose capabilities are
        // known, no sudo): then rsync, the next command to touch data/, creates it itself if it
        // went missing, as the same user and with the same attributes. The probe (mktemp in data/)
        // and the chown under sudo both need it to exist beforehand.
        if (created || !wasMounted || stored == null || commands.sudo()) {
            commands.check(List.of("mkdir", "-p", "--", data), "create " + data);
        }
        handToStorageUser(mountpoint, data);
        List<String> notes = new ArrayList<>();
        keepZerosAsHoles(dataset, created, values.get("compression"), notes);
        WriteMode writes = chooseWrites(dataset, mountpoint, data, values.get(UNFINISHED), notes);
        return new BackupTarget(host, dataset, data + "/", null, writes, notes);
    }

    /**
     * Without {@code --sparse} (see {@link WriteMode#IN_PLACE}) runs of zeros are written as
     * data; ZFS with compression on stores them as holes anyway, so a sparse file stays sparse.
     * A dataset PlanB creates where compression is off gets {@code compression=zle}, which does
     * exactly that and compresses nothing else; on an existing one the admin's choice stands,
     * with a note.
     */
    private void keepZerosAsHoles(String dataset, boolean created, String compression, List<String> notes)
            throws IOException, InterruptedException {
        if (!"off".equals(compression)) {
            return;
        }
        if (created && commands.run(List.of("zfs", "set", "compression=zle", dataset)).succeeded()) {
            return;
        }
        notes.add("compression is off on " + dataset + ", so runs of zeros (sparse files) take their full size;"
                + " 'zfs set compression=zle " + dataset + "' (or lz4) stores them as holes");
    }

    /**
     * Decides how this run's rsync writes, and gets the live copy ready for it.
     *
     * <ol>
     *   <li>If {@value #UNFINISHED} is set, an in-place run did not finish. If its {@code planb}
     *   was killed outright (SIGKILL, the OOM killer) its rsync may still be writing into
     *   {@code data/}: that is {@link #stopOrphans stopped} first. Then: the unfinished run (failed, killed,
     *   the machine went down): some files may be half-written. rsync sets a file's time only
     *   once the file is complete, so they are exactly the regular files whose modification time
     *   is newer than {@value #TRANSFER_START}, the file the unfinished run touched when it
     *   started. Their time is set to 1970-01-01T00:00:00Z, so this run's quick check sees them
     *   as changed and rewrites what differs. Should that fail (the file is gone), this run
     *   compares every file's contents instead ({@link WriteMode#IN_PLACE_CHECKSUM}).</li>
     *   <li>Sets the time of {@value #TRANSFER_START} to two seconds ago (zfs-fuse keeps whole
     *   seconds), and looks once through {@code data/} for a file with more than one name:
     *   hard-linked files are what {@link #afterTransfer} checks.</li>
     *   <li>Sets {@value #UNFINISHED} to now, unless still set; {@link #snapshot} clears it. If
     *   it cannot be set, this run replaces changed files whole ({@link WriteMode#REPLACE}),
     *   as a run that cannot be told apart from a finished one must.</li>
     * </ol>
     */
    private WriteMode chooseWrites(String dataset, String mountpoint, String data, String unfinished,
            List<String> notes) throws IOException, InterruptedException {
        String start = mountpoint + "/" + TRANSFER_START;
        boolean repair = isSet(unfinished);
        WriteMode writes = WriteMode.IN_PLACE;
        if (repair) {
            stopOrphans(data, notes);
            ExecResult marked = commands.run(List.of("find", data, "-xdev", "-type", "f", "-newer", start,
                    "-printf", "x", "-exec", "touch", "-h", "-d", "@0", "--", "{}", "+"));
            if (!marked.succeeded() && !missing(marked, data)) {
                writes = WriteMode.IN_PLACE_CHECKSUM;
                notes.add("the previous transfer into " + dataset + " (started " + unfinished.strip() + ") did not "
                        + "finish and its half-written files cannot be found (" + detail(marked) + "); this run "
                        + "compares the contents of every file");
            } else if (!marked.stdout().isBlank()) {
                int files = marked.stdout().strip().length();
                notes.add("the previous transfer into " + dataset + " (started " + unfinished.strip() + ") did not "
                        + "finish; " + (files == 1 ? "1 file it left half-written is rewritten where it differs"
                                : files + " files it left half-written are rewritten where they differ"));
            }
        }
        // Two seconds early: zfs-fuse keeps whole seconds, and a change in the same second as the
        // start must still count as newer. Changes just before the start only cost a rewrite.
        ExecResult started = commands.run(List.of("touch", "-d", "2 seconds ago", "--", start));
        if (!started.succeeded()) {
            notes.add("cannot write " + start + " (" + detail(started) + "); changed files are replaced whole this run");
            return WriteMode.REPLACE;
        }
        ExecResult scan = commands.run(List.of("find", data, "-xdev", "-type", "f", "-links", "+1",
                "-printf", "x", "-quit"));
        if (!scan.succeeded() && !missing(scan, data)) {
            notes.add("cannot look through " + data + " (" + detail(scan) + "); changed files are replaced whole "
                    + "this run");
            return WriteMode.REPLACE;
        }
        hardLinked.put(dataset, !scan.stdout().isBlank());
        if (!repair) {
            String now = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
            ExecResult mark = commands.run(List.of("zfs", "set", UNFINISHED + "=" + now, dataset));
            if (!mark.succeeded()) {
                notes.add("cannot mark " + dataset + " as being written (" + detail(mark) + "; zfs allow needs "
                        + "'userprop'); changed files are replaced whole this run");
                return WriteMode.REPLACE;
            }
        }
        return writes;
    }

    /**
     * Kills every {@code rsync} whose working directory is {@code data/} or below: the receiving
     * rsync of an earlier run whose {@code planb} died without stopping it (it outlives a broken
     * stdout). This run holds the host's lock, so no live run owns one. Found through
     * {@code /proc/<pid>/cwd}, then checked to be rsync with {@code ps}, so a shell an admin left
     * in {@code data/} is never touched. Only looked for after an unfinished run.
     */
    private void stopOrphans(String data, List<String> notes) throws IOException, InterruptedException {
        String pattern = globEscaped(data);
        ExecResult found = commands.run(List.of("find", "/proc", "-mindepth", "2", "-maxdepth", "2", "-name", "cwd",
                "(", "-lname", pattern, "-o", "-lname", pattern + "/*", ")", "-printf", "%h\n"));
        List<String> pids = new ArrayList<>();
        for (String line : StorageCommands.lines(found)) { // find complains about processes that ended meanwhile
            if (line.matches("/proc/[0-9]+")) {
                pids.add(line.substring("/proc/".length()));
            }
        }
        if (pids.isEmpty()) {
            return;
        }
        List<String> ps = new ArrayList<>(List.of("ps", "-o", "pid=,comm=", "-p", String.join(",", pids)));
        List<String> rsyncs = new ArrayList<>();
        for (String line : StorageCommands.lines(commands.run(ps))) {
            String[] fields = line.strip().split("\\s+", 2);
            if (fields.length == 2 && fields[1].equals("rsync")) {
                rsyncs.add(fields[0]);
            }
        }
        if (rsyncs.isEmpty()) {
            return;
        }
        List<String> kill = new ArrayList<>(List.of("kill", "-KILL", "--"));
        kill.addAll(rsyncs);
        commands.run(kill);
        notes.add("stopped rsync " + String.join(", ", rsyncs) + " of an earlier, unfinished run, still writing into "
                + data);
    }

    /** {@code path} as a {@code find -lname} pattern that matches only itself. */
    static String globEscaped(String path) {
        return path.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
    }

    /**
     * After a good in-place transfer into a live copy that had hard-linked files: rsync writes a
     * changed file through all of its names, including names that on the host have become files
     * of their own (a package upgrade or an editor replaced one of them), and so gives them the
     * wrong contents, silently. Every file with more than one name whose inode changed during
     * this transfer (ctime newer than {@value #TRANSFER_START}) is a suspect: its names get the
     * time 1970-01-01T00:00:00Z, and a second transfer that replaces changed files whole gives
     * each name its own file again where the host has one, linked as the host links them.
     * Names that rightly share a changed file are rewritten too; that costs their size, once.
     */
    @Override
    public Optional<BackupTarget> afterTransfer(BackupTarget target) throws IOException, InterruptedException {
        if (!target.writes().inPlace() || !Boolean.TRUE.equals(hardLinked.get(target.dataset()))) {
            return Optional.empty();
        }
        String data = withoutTrailingSlash(target.destination());
        String start = data.substring(0, data.length() - "data".length()) + TRANSFER_START;
        ExecResult suspects = commands.run(List.of("find", data, "-xdev", "-type", "f", "-links", "+1",
                "-cnewer", start, "-printf", "x", "-exec", "touch", "-h", "-d", "@0", "--", "{}", "+"));
        if (suspects.succeeded() && suspects.stdout().isBlank()) {
            return Optional.empty();
        }
        // Found some, or could not look: either way only a replacing pass is sure to be right.
        return Optional.of(target.withWrites(WriteMode.REPLACE));
    }

    private void remember(String dataset, StoredCapabilities stored) {
        if (stored == null) {
            known.remove(dataset);
            return;
        }
        known.put(dataset, stored);
        if (flavour == null && stored.flavour() != null) {
            flavour = stored.flavour();
        }
    }

    /**
     * With sudo, {@code zfs create} and {@code mkdir} leave the mountpoint and {@code data/}
     * owned by root, while rsync writes there as the invoking user: give both (not their
     * contents) to that user, as the old PlanB did after creating a dataset. Done on every run,
     * so a dataset made by an earlier version is repaired too; chown to the same owner is a no-op.
     */
    private void handToStorageUser(String mountpoint, String data)
            throws StorageException, IOException, InterruptedException {
        if (!commands.sudo()) {
            return;
        }
        StorageUser user = storageUser();
        if (user == null || user.isRoot()) {
            return; // root needs nothing; an unknown user gets rsync's own clear "Permission denied"
        }
        commands.check(List.of("chown", "--", user.owner(), mountpoint, data),
                "give " + mountpoint + " to uid " + user.uid() + " (sudoers needs chown)");
    }

    private StorageUser storageUser() throws IOException, InterruptedException {
        if (!userQueried) {
            user = StorageUser.query(commands);
            userQueried = true;
        }
        return user;
    }

    private void create(String dataset) throws StorageException, IOException, InterruptedException {
        // A typo in the parent must not silently grow a new tree in the pool: require it to exist.
        ExecResult parentProbe = commands.run(List.of("zfs", "list", "-H", "-o", "name", parent));
        if (!parentProbe.succeeded()) {
            throw new StorageException("ZFS parent dataset '" + parent + "' does not exist ("
                    + parentProbe.firstErrorLine() + "); create it or fix storage.zfs.parent");
        }
        List<String> argv = new ArrayList<>(List.of("zfs", "create", "-p"));
        if (flavour().posixAcls) {
            // Without these, OpenZFS on Linux drops ACLs and keeps xattrs in slow hidden dirs.
            argv.addAll(List.of("-o", "acltype=posixacl", "-o", "xattr=sa"));
        }
        argv.add(dataset);
        commands.check(argv, "create dataset " + dataset);
    }

    /**
     * Takes the snapshot, then clears {@value #UNFINISHED}: the transfer finished. A failure to
     * clear it only makes the next run look for half-written files that are not there.
     */
    @Override
    public void snapshot(BackupTarget target, String name) throws StorageException, IOException, InterruptedException {
        StorageNames.requireSafeSnapshot(name);
        commands.check(List.of("zfs", "snapshot", target.dataset() + "@" + name),
                "snapshot " + target.dataset() + "@" + name);
        if (target.writes().inPlace()) {
            commands.run(List.of("zfs", "inherit", UNFINISHED, target.dataset()));
        }
    }

    /**
     * Nothing to undo: the live copy stays for the next run to resume from, and an in-place run
     * leaves {@value #UNFINISHED} set, so the next one repairs its half-written files.
     */
    @Override
    public void abandon(BackupTarget target) {}

    @Override
    public List<String> listSnapshots(HostId host) throws StorageException, IOException, InterruptedException {
        String dataset = datasetName(host);
        ExecResult listed = commands.run(
                List.of("zfs", "list", "-H", "-o", "name", "-t", "snapshot", "-d", "1", "-s", "creation", dataset));
        if (!listed.succeeded()) {
            if (doesNotExist(listed)) {
                return List.of();
            }
            throw StorageCommands.failure("list snapshots of " + dataset, listed);
        }
        String prefix = dataset + "@";
        List<String> names = new ArrayList<>();
        for (String line : StorageCommands.lines(listed)) {
            // -d 1 already keeps child datasets out; the prefix check makes it a guarantee.
            if (line.startsWith(prefix)) {
                names.add(line.substring(prefix.length()));
            }
        }
        return names;
    }

    /**
     * One {@code zfs list -H -p -o name,used,creation -t snapshot -d 1 -s creation <dataset>}:
     * each snapshot's {@code used} is what destroying it alone would free. zfs-fuse's
     * {@code zfs list} has no {@code -p} (exact numbers); there one
     * {@code zfs get -H -p -r -d 1 -o name,property,value used,creation <dataset>} gives the
     * same values, sorted here by creation (ties keep zfs's order, which is the order taken).
     */
    @Override
    public List<SnapshotSpace> listSnapshotSpace(HostId host)
            throws StorageException, IOException, InterruptedException {
        String dataset = datasetName(host);
        if (flavour != ZfsFlavour.ZFS_FUSE) {
            ExecResult listed = commands.run(List.of("zfs", "list", "-H", "-p", "-o", "name,used,creation",
                    "-t", "snapshot", "-d", "1", "-s", "creation", dataset));
            if (listed.succeeded()) {
                return parseSpaceList(dataset, listed);
            }
            if (doesNotExist(listed)) {
                return List.of();
            }
            if (!listed.stderr().contains("invalid option 'p'")) {
                throw StorageCommands.failure("list snapshots of " + dataset, listed);
            }
            flavour = ZfsFlavour.ZFS_FUSE; // the only zfs without 'list -p'
        }
        ExecResult got = commands.run(List.of("zfs", "get", "-H", "-p", "-r", "-d", "1", "-o", "name,property,value",
                "used,creation", dataset));
        if (!got.succeeded()) {
            if (doesNotExist(got)) {
                return List.of();
            }
            throw StorageCommands.failure("list snapshots of " + dataset, got);
        }
        return parseSpaceProperties(dataset, got);
    }

    /** {@code name<TAB>used<TAB>creation} lines, already in creation order. */
    static List<SnapshotSpace> parseSpaceList(String dataset, ExecResult listed) {
        String prefix = dataset + "@";
        List<SnapshotSpace> snapshots = new ArrayList<>();
        for (String line : StorageCommands.lines(listed)) {
            String[] fields = line.split("\t");
            if (fields.length == 3 && fields[0].startsWith(prefix)) {
                snapshots.add(new SnapshotSpace(fields[0].substring(prefix.length()), bytes(fields[1]),
                        epochSeconds(fields[2])));
            }
        }
        return snapshots;
    }

    /** {@code name<TAB>property<TAB>value} lines of the dataset and its snapshots (and children, left out). */
    static List<SnapshotSpace> parseSpaceProperties(String dataset, ExecResult got) {
        String prefix = dataset + "@";
        Map<String, long[]> values = new LinkedHashMap<>();
        for (String line : StorageCommands.lines(got)) {
            String[] fields = line.split("\t");
            if (fields.length != 3 || !fields[0].startsWith(prefix)) {
                continue;
            }
            long[] usedAndCreation = values.computeIfAbsent(fields[0].substring(prefix.length()), n -> new long[] {-1, -1});
            if (fields[1].equals("used")) {
                usedAndCreation[0] = bytes(fields[2]);
            } else if (fields[1].equals("creation")) {
                usedAndCreation[1] = bytes(fields[2]);
            }
        }
        List<SnapshotSpace> snapshots = new ArrayList<>();
        values.forEach((name, v) -> snapshots.add(new SnapshotSpace(name, v[0],
                v[1] < 0 ? null : Instant.ofEpochSecond(v[1]))));
        // Stable: snapshots of the same second keep zfs's order, the order they were taken.
        snapshots.sort(Comparator.comparing(SnapshotSpace::createdAt,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return snapshots;
    }

    private static Instant epochSeconds(String value) {
        long seconds = bytes(value);
        return seconds < 0 ? null : Instant.ofEpochSecond(seconds);
    }

    @Override
    public void destroySnapshots(HostId host, List<String> names)
            throws StorageException, IOException, InterruptedException {
        if (names.isEmpty()) {
            return;
        }
        for (String name : names) {
            StorageNames.requireOwnSnapshot(name);
        }
        String dataset = datasetName(host);
        if (flavour().commaDestroy) {
            List<String> pending = new ArrayList<>();
            for (List<String> batch : commaBatches(dataset, names)) {
                ExecResult result = commands.run(List.of("zfs", "destroy", dataset + "@" + String.join(",", batch)));
                if (result.succeeded()) {
                    continue;
                }
                if (!result.stderr().contains("invalid dataset name")) {
                    throw StorageCommands.failure("destroy snapshots " + batch + " of " + dataset, result);
                }
                pending.addAll(batch);
            }
            if (pending.isEmpty()) {
                return;
            }
            // A zfs that knows acltype but not comma lists: remember it and go one by one.
            flavour = ZfsFlavour.ZFS_FUSE;
            names = pending;
        }
        destroyOneByOne(dataset, names);
    }

    private void destroyOneByOne(String dataset, List<String> names)
            throws StorageException, IOException, InterruptedException {
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            ExecResult result = commands.run(List.of("zfs", "destroy", dataset + "@" + name));
            if (!result.succeeded()) {
                failures.add(name + " (" + result.firstErrorLine() + ")");
            }
        }
        if (!failures.isEmpty()) {
            throw new StorageException("cannot destroy " + failures.size() + " of " + names.size()
                    + " snapshots of " + dataset + ": " + String.join(", ", failures));
        }
    }

    /** Groups names so that each {@code ds@a,b,c} argument stays below the kernel's limit. */
    static List<List<String>> commaBatches(String dataset, List<String> names) {
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int length = dataset.length() + 1;
        for (String name : names) {
            if (!batch.isEmpty() && length + 1 + name.length() > MAX_DESTROY_ARGUMENT_CHARS) {
                batches.add(batch);
                batch = new ArrayList<>();
                length = dataset.length() + 1;
            }
            length += (batch.isEmpty() ? 0 : 1) + name.length();
            batch.add(name);
        }
        batches.add(batch);
        return batches;
    }

    /**
     * Reads {@code <mountpoint>/.zfs/snapshot/<name>/data/} where the file system has that
     * directory (OpenZFS). zfs-fuse has none (not even with {@code snapdir=visible}) and cannot
     * mount a snapshot, so there the snapshot is cloned to
     * {@code <dataset>/planb-restore-<unique>} (a child of the host's dataset, so it is plainly
     * the host's and can never be taken for another host), marked with the user property
     * {@value #RESTORE_PROPERTY} (when it was made), and destroyed again on close. A clone left by
     * a reader that was killed outright holds its snapshot against retention; the caller holds
     * the host's lock, so any such clone found here is a leftover, and is destroyed unless it is
     * busy.
     */
    @Override
    public SnapshotTree openSnapshot(HostId host, String name) throws StorageException, IOException, InterruptedException {
        StorageNames.requireSafeSnapshot(name);
        String dataset = datasetName(host);
        ExecResult inspected = commands.check(List.of("zfs", "get", "-H", "-p", "-o", "name,property,value",
                "mountpoint,mounted," + StoredCapabilities.PROPERTY, dataset, parent), "inspect dataset " + dataset);
        Map<String, String> values = new HashMap<>();
        Map<String, String> parentValues = new HashMap<>();
        for (String line : StorageCommands.lines(inspected)) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3) {
                (fields[0].equals(dataset) ? values : parentValues).put(fields[1], fields[2]);
            }
        }
        String mountpoint = values.get("mountpoint");
        if (mountpoint == null || !mountpoint.startsWith("/")) {
            throw new StorageException("dataset " + dataset + " has mountpoint '" + mountpoint
                    + "'; reading its snapshots needs a mounted path");
        }
        String parentMountpoint = parentValues.getOrDefault("mountpoint", "");
        String storageArea = parentMountpoint.startsWith("/") ? parentMountpoint : mountpoint;
        String snapshot = dataset + "@" + name;
        if (!commands.run(List.of("zfs", "list", "-H", "-o", "name", "-t", "snapshot", snapshot)).succeeded()) {
            throw new StorageException("snapshot " + snapshot + " does not exist");
        }
        Capabilities keeps = snapshotCapabilities(host, dataset, mountpoint, values.get(StoredCapabilities.PROPERTY));
        String inPlace = mountpoint + "/.zfs/snapshot/" + name;
        if ("yes".equals(values.get("mounted")) && commands.run(List.of("test", "-d", inPlace)).succeeded()) {
            return readable(new SnapshotTree(name, inPlace + "/data", storageArea, keeps, "the snapshot directory " + inPlace,
                    List.of(), commands, null));
        }
        List<String> notes = new ArrayList<>();
        destroyLeftoverClones(dataset, notes);
        String clone = dataset + "/" + RESTORE_CLONE_PREFIX + System.currentTimeMillis() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String made = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        // Not readonly=on: zfs-fuse then answers llistxattr with "Operation not supported", and rsync
        // takes that as "no xattrs" and silently copies none. Nothing written into a clone reaches
        // its snapshot, and the clone is destroyed when closed.
        commands.check(List.of("zfs", "clone", "-o", RESTORE_PROPERTY + "=" + made, snapshot, clone),
                "clone " + snapshot + " to read it (zfs-fuse has no .zfs directory)");
        SnapshotTree.Release destroy = () -> destroyClone(clone);
        SnapshotTree tree;
        try {
            ExecResult mount = commands.check(List.of("zfs", "get", "-H", "-o", "value", "mountpoint,mounted", clone),
                    "inspect the clone " + clone);
            List<String> cloneValues = StorageCommands.lines(mount);
            if (cloneValues.size() != 2 || !cloneValues.get(0).startsWith("/")) {
                throw new StorageException("the clone " + clone + " has no mountpoint: " + cloneValues);
            }
            if (!"yes".equals(cloneValues.get(1))) {
                commands.check(List.of("zfs", "mount", clone), "mount the clone " + clone);
            }
            tree = new SnapshotTree(name, cloneValues.get(0) + "/data", storageArea, keeps,
                    "the temporary clone " + clone + " (destroyed afterwards)", notes, commands, destroy);
        } catch (StorageException | IOException | InterruptedException | RuntimeException e) {
            try {
                destroy.release();
            } catch (StorageException | IOException | InterruptedException | RuntimeException also) {
                e.addSuppressed(also);
            }
            throw e;
        }
        return readable(tree);
    }

    /** The tree, after checking it has the {@code data/} directory every PlanB snapshot holds. */
    private SnapshotTree readable(SnapshotTree tree) throws StorageException, IOException, InterruptedException {
        if (!commands.run(List.of("test", "-d", tree.root())).succeeded()) {
            StorageException noData = new StorageException("snapshot " + tree.snapshot() + " holds no data/ directory (" + tree.root()
                    + "): it was not taken by PlanB");
            try {
                tree.close();
            } catch (StorageException e) {
                noData.addSuppressed(e);
            }
            throw noData;
        }
        return tree;
    }

    /** What the dataset keeps: its stored {@value StoredCapabilities#PROPERTY}, else the probe a backup runs. */
    private Capabilities snapshotCapabilities(HostId host, String dataset, String mountpoint, String stored)
            throws IOException, InterruptedException {
        StoredCapabilities parsed = StoredCapabilities.parse(stored);
        remember(dataset, parsed);
        return capabilities(new BackupTarget(host, dataset, mountpoint + "/data/", null));
    }

    /** Clones of killed readers: destroyed, or a note says why not (one still busy after 5 s is in use). */
    private void destroyLeftoverClones(String dataset, List<String> notes) throws IOException, InterruptedException {
        ExecResult children = commands.run(List.of("zfs", "list", "-H", "-o", "name", "-t", "filesystem", "-d", "1", dataset));
        for (String child : StorageCommands.lines(children)) {
            if (!child.startsWith(dataset + "/" + RESTORE_CLONE_PREFIX)) {
                continue;
            }
            try {
                destroyClone(child);
                notes.add("destroyed " + child + ", a clone an earlier restore left behind");
            } catch (StorageException e) {
                notes.add(e.getMessage() + " (a clone an earlier restore left behind)");
            }
        }
    }

    /**
     * Destroys a reading clone. zfs-fuse answers "dataset is busy" for a moment after the clone
     * was read, so that is tried again for up to {@link #CLONE_DESTROY_ATTEMPTS} x 250 ms.
     */
    private void destroyClone(String clone) throws StorageException, IOException, InterruptedException {
        boolean interrupted = false;
        ExecResult destroyed = null;
        try {
            for (int attempt = 1; attempt <= CLONE_DESTROY_ATTEMPTS; attempt++) {
                destroyed = commands.run(List.of("zfs", "destroy", clone));
                if (destroyed.succeeded() || !destroyed.stderr().contains("busy")) {
                    break;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    interrupted = true; // finish the cleanup first; the interrupt is put back below
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (!destroyed.succeeded()) {
            throw new StorageException("cannot destroy the temporary clone " + clone + " (" + detail(destroyed)
                    + "); it keeps its snapshot from being destroyed: 'zfs destroy " + clone + "'");
        }
    }

    @Override
    public DatasetSizes sizes(HostId host) throws IOException, InterruptedException {
        String dataset = datasetName(host);
        try {
            boolean written = flavour().writtenProperty;
            String properties = written ? "used,referenced,usedbysnapshots,written" : "used,referenced,usedbysnapshots";
            ExecResult result = commands.run(List.of("zfs", "get", "-H", "-p", "-o", "value", properties, dataset));
            List<String> values = StorageCommands.lines(result);
            if (!result.succeeded() || values.size() != (written ? 4 : 3)) {
                return DatasetSizes.UNKNOWN;
            }
            return new DatasetSizes(bytes(values.get(0)), bytes(values.get(1)), written ? bytes(values.get(3)) : -1,
                    bytes(values.get(2)));
        } catch (StorageException e) {
            return DatasetSizes.UNKNOWN;
        }
    }

    /**
     * One {@code zfs get -H -p -r -o name,property,value used,creation <parent>} (see
     * {@link ZfsInventory}): every group- and host-level dataset with its {@code used}, its
     * snapshot count and its newest snapshot. This is the one listing that spans the parent's
     * whole tree, for {@code planb stale}; a backup never runs it.
     */
    @Override
    public List<StoredDataset> inventory() throws StorageException, IOException, InterruptedException {
        ExecResult listed = commands.run(List.of("zfs", "get", "-H", "-p", "-r", "-o", "name,property,value",
                "used,creation", parent));
        if (!listed.succeeded()) {
            if (doesNotExist(listed)) {
                return List.of();
            }
            throw StorageCommands.failure("list the datasets under " + parent, listed);
        }
        return ZfsInventory.parse(parent, StorageCommands.lines(listed),
                name -> commands.argv(List.of("zfs", "destroy", "-r", name)));
    }

    /** The inventory measured them all already; one whose usage is missing stays unknown. */
    @Override
    public List<StoredDataset> measured(List<StoredDataset> datasets) {
        return datasets.stream()
                .map(dataset -> dataset.usage() == null ? dataset.withUsage(StoredDataset.Usage.UNKNOWN) : dataset)
                .toList();
    }

    private static long bytes(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1; // "-" where the property does not apply
        }
    }

    /**
     * The capabilities stored on the dataset when {@link #prepare} read them, else a fresh probe
     * (plus the flavour detection) whose conclusive answer is stored with {@code zfs set} for
     * the next runs. Owners depend on the account, not the dataset, and are never stored.
     */
    @Override
    public Capabilities capabilities(BackupTarget target) throws IOException, InterruptedException {
        StorageUser rsyncUser = storageUser();
        // rsync keeps owners only as root; an unknown account is reported as not keeping them
        boolean owners = rsyncUser != null && rsyncUser.isRoot();
        StoredCapabilities stored = known.get(target.dataset());
        Capabilities kept = stored != null ? stored.capabilities() : probeAndStore(target);
        return kept.withOwners(owners);
    }

    private Capabilities probeAndStore(BackupTarget target) throws IOException, InterruptedException {
        ZfsFlavour detected;
        try {
            detected = flavour();
        } catch (StorageException e) {
            detected = null;
        }
        FeatureProbe.Result result = probe.examine(target.destination(), detected != null && detected.posixAcls);
        Capabilities found = result.capabilities();
        if (result.conclusive() && detected != null) {
            StoredCapabilities stored = new StoredCapabilities(found.xattrs(), found.posixAcls(), detected);
            known.put(target.dataset(), stored);
            // Not fatal: without the property (no sudoers entry, no 'userprop' delegation) the
            // next run simply probes again.
            commands.run(List.of("zfs", "set", StoredCapabilities.PROPERTY + "=" + stored.format(), target.dataset()));
        }
        return found;
    }

    /** Detected once: does the pool know the {@code acltype} property? */
    ZfsFlavour flavour() throws StorageException, IOException, InterruptedException {
        if (flavour == null) {
            String pool = parent.contains("/") ? parent.substring(0, parent.indexOf('/')) : parent;
            ExecResult result = commands.run(List.of("zfs", "get", "-H", "-o", "value", "acltype", pool));
            if (result.succeeded()) {
                flavour = ZfsFlavour.OPENZFS;
            } else if (result.stderr().contains("invalid property")) {
                flavour = ZfsFlavour.ZFS_FUSE;
            } else {
                throw StorageCommands.failure("inspect ZFS pool " + pool, result);
            }
        }
        return flavour;
    }

    /** {@code zfs get -o property,value} output as a map; values may be empty. */
    private static Map<String, String> properties(ExecResult result) {
        Map<String, String> values = new HashMap<>();
        for (String line : result.stdout().split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return values;
    }

    /** Whether a user property has a value: {@code -} is unset, an empty value counts as unset too. */
    private static boolean isSet(String value) {
        return value != null && !value.isBlank() && !value.strip().equals("-");
    }

    /** Whether {@code find} failed only because {@code data/} does not exist: then it holds nothing. */
    private static boolean missing(ExecResult find, String data) {
        return find.stderr().strip().equals("find: '" + data + "': No such file or directory");
    }

    private static String detail(ExecResult result) {
        String line = result.firstErrorLine();
        return line.isEmpty() ? "exit code " + result.exitCode() : line;
    }

    private static String withoutTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean doesNotExist(ExecResult result) {
        return result.stderr().contains("does not exist");
    }
}
