package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One ZFS dataset per host, {@code <parent>/<group>/<host>}, created on demand; rsync writes
 * into {@code <mountpoint>/data/} and each good run becomes {@code <dataset>@<name>}.
 *
 * <p>Cost rules from the field (sanoid, zrepl, zfs-auto-snapshot reports): snapshot listings
 * are always scoped to the one dataset ({@code -d 1 <dataset>}) and name-only, never
 * pool-wide; destroys go in as few {@code zfs} calls as the implementation allows (one
 * comma-list call per ~64 KiB of names on OpenZFS; zfs-fuse takes one snapshot per call).
 *
 * <p>With {@code sudo}, every command this class runs goes through {@code sudo -n}, so the
 * storage account needs sudoers entries for {@code zfs}, {@code mkdir}, {@code mktemp},
 * {@code setfattr}, {@code getfattr}, {@code setfacl}, {@code getfacl}, {@code rm} and
 * {@code chown} (mounting needs root even with {@code zfs allow} delegation). rsync itself runs
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
 */
public final class ZfsStorage implements Storage {

    /** Linux refuses a single argument over 128 KiB; stay well below it. */
    static final int MAX_DESTROY_ARGUMENT_CHARS = 64 * 1024;

    private final String parent;
    private final StorageCommands commands;
    private final FeatureProbe probe;
    private ZfsFlavour flavour;
    /** Capabilities read from or stored in each dataset's {@code planb:capabilities} this process. */
    private final Map<String, StoredCapabilities> known = new ConcurrentHashMap<>();
    private StorageUser user;
    private boolean userQueried;

    public ZfsStorage(StorageSpec.Zfs spec, CommandRunner runner) {
        this.parent = requireParent(spec.parent());
        this.commands = new StorageCommands(Objects.requireNonNull(runner, "runner"), spec.sudo());
        this.probe = new FeatureProbe(commands);
    }

    private static String requireParent(String parent) {
        if (parent == null || parent.isEmpty() || parent.startsWith("/") || parent.endsWith("/")
                || parent.contains("//") || parent.contains("@") || parent.startsWith("-")) {
            throw new IllegalArgumentException(
                    "storage.zfs.parent '" + parent + "' must be a dataset name like tank/BACKUP");
        }
        return parent;
    }

    @Override
    public String datasetName(HostId host) {
        StorageNames.requireSafeHost(host);
        return parent + "/" + host.group() + "/" + host.host();
    }

    @Override
    public BackupTarget prepare(HostId host) throws StorageException, IOException, InterruptedException {
        String dataset = datasetName(host);
        List<String> inspect = List.of("zfs", "get", "-H", "-p", "-o", "value",
                "mountpoint,mounted," + StoredCapabilities.PROPERTY, dataset);
        ExecResult inspected = commands.run(inspect);
        boolean created = false;
        if (!inspected.succeeded()) {
            if (!doesNotExist(inspected)) {
                throw StorageCommands.failure("inspect dataset " + dataset, inspected);
            }
            create(dataset);
            created = true;
            inspected = commands.check(inspect, "inspect dataset " + dataset);
        }
        List<String> values = StorageCommands.lines(inspected);
        // An empty property value prints an empty line, which lines() drops: two lines is "unset".
        if (values.size() != 2 && values.size() != 3) {
            throw new StorageException("cannot inspect dataset " + dataset + ": unexpected 'zfs get' output " + values);
        }
        String mountpoint = values.get(0);
        if (!mountpoint.startsWith("/")) {
            throw new StorageException("dataset " + dataset + " has mountpoint '" + mountpoint
                    + "'; PlanB needs a mounted path (zfs set mountpoint=... on " + parent + ")");
        }
        boolean wasMounted = "yes".equals(values.get(1));
        if (!wasMounted) {
            commands.check(List.of("zfs", "mount", dataset), "mount dataset " + dataset);
        }
        StoredCapabilities stored = StoredCapabilities.parse(values.size() == 3 ? values.get(2) : null);
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
        return new BackupTarget(host, dataset, data + "/", null);
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

    @Override
    public void snapshot(BackupTarget target, String name) throws StorageException, IOException, InterruptedException {
        StorageNames.requireSafeSnapshot(name);
        commands.check(List.of("zfs", "snapshot", target.dataset() + "@" + name),
                "snapshot " + target.dataset() + "@" + name);
    }

    /** Nothing to undo: the live copy stays for the next run to resume from. */
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

    @Override
    public DatasetSizes sizes(HostId host) throws IOException, InterruptedException {
        String dataset = datasetName(host);
        try {
            boolean written = flavour().writtenProperty;
            String properties = written ? "used,referenced,written" : "used,referenced";
            ExecResult result = commands.run(List.of("zfs", "get", "-H", "-p", "-o", "value", properties, dataset));
            List<String> values = StorageCommands.lines(result);
            if (!result.succeeded() || values.size() != (written ? 3 : 2)) {
                return DatasetSizes.UNKNOWN;
            }
            return new DatasetSizes(bytes(values.get(0)), bytes(values.get(1)), written ? bytes(values.get(2)) : -1);
        } catch (StorageException e) {
            return DatasetSizes.UNKNOWN;
        }
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

    private static boolean doesNotExist(ExecResult result) {
        return result.stderr().contains("does not exist");
    }
}
