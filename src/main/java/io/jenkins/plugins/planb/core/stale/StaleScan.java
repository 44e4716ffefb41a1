package io.jenkins.plugins.planb.core.stale;

import io.jenkins.plugins.planb.core.config.GroupSpec;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.core.storage.StoredDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what the storage holds with the configuration, the way the old PlanB's
 * {@code slist --stale} did, and the other way round: the datasets (or directories) no
 * configured host owns, and the configured hosts whose dataset is gone. It only reads: removing
 * anything is the admin's decision, so each finding carries the command that would do it, and
 * nothing here runs it.
 *
 * <p>A group-level dataset whose group is configured is the group's, whatever else it holds;
 * one whose group is not configured is stale as a whole (its host datasets are not listed one by
 * one: removing the group's removes them). A configured host that never took a snapshot and has
 * no dataset has lost nothing and is not listed: its dataset appears with its first backup.
 *
 * <p>A dataset a host adopts ({@code dataset}, such as the old PlanB's
 * {@code tank/BACKUP/acme-web01}) is that host's, and so is everything inside it and every
 * dataset that holds it: none of them is ever stale. An adopted dataset is gone only when it
 * would be in the listing (one or two levels below the parent) and is not.
 */
public final class StaleScan {

    /** A host's summary from wherever its runs are kept (the command's run records, Jenkins builds). */
    @FunctionalInterface
    public interface Summaries {
        HostSummary of(HostId host) throws IOException;
    }

    private final Set<String> groups;
    private final List<HostId> hosts;
    private final List<Path> ownPaths;
    private final Map<HostId, String> adopted;
    private final String zfsParent;

    /**
     * @param groups   the configured group names
     * @param hosts    the configured hosts, in the order findings list them
     * @param ownPaths files and directories PlanB itself keeps that may lie below a directory
     *                 storage's root (the state directory, key files): never reported
     */
    public StaleScan(Collection<String> groups, Collection<HostId> hosts, Collection<Path> ownPaths) {
        this(groups, hosts, ownPaths, Map.of(), null);
    }

    /**
     * @param adopted   the datasets hosts adopt instead of {@code <parent>/<group>/<host>}
     * @param zfsParent the ZFS parent, or {@code null} for directory storage
     */
    public StaleScan(Collection<String> groups, Collection<HostId> hosts, Collection<Path> ownPaths,
            Map<HostId, String> adopted, String zfsParent) {
        this.groups = Set.copyOf(groups);
        this.hosts = List.copyOf(new LinkedHashSet<>(hosts));
        this.ownPaths = ownPaths.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        this.adopted = Map.copyOf(adopted);
        this.zfsParent = zfsParent;
    }

    /** The groups, hosts and own paths (state directory, identity and known-hosts files) of a configuration. */
    public static StaleScan of(PlanbConfig config) {
        List<Path> own = new ArrayList<>();
        own.add(config.stateDir());
        Map<HostId, String> adopted = new LinkedHashMap<>();
        for (HostSpec host : config.hosts()) {
            if (host.dataset() != null) {
                adopted.put(host.id(), host.dataset());
            }
            if (host.identityFile() != null) {
                own.add(host.identityFile());
            }
            if (host.knownHostsFile() != null) {
                own.add(host.knownHostsFile());
            }
        }
        String zfsParent = config.storage() instanceof StorageSpec.Zfs zfs ? zfs.parent() : null;
        return new StaleScan(config.groups().stream().map(GroupSpec::name).toList(),
                config.hosts().stream().map(HostSpec::id).toList(), own, adopted, zfsParent);
    }

    /**
     * One inventory of the storage, then measures the stale datasets it found.
     *
     * @throws StorageException when the storage cannot be listed (then nothing is known to be stale)
     */
    public StaleFindings scan(Storage storage, Summaries summaries)
            throws StorageException, IOException, InterruptedException {
        Objects.requireNonNull(summaries, "summaries");
        List<StoredDataset> stale = new ArrayList<>();
        Set<HostId> present = new HashSet<>();
        Set<HostId> configuredHosts = Set.copyOf(hosts);
        List<StoredDataset> inventory = storage.inventory();
        // An unconfigured group-level directory that holds PlanB's own files (its state directory)
        // is PlanB's, with everything in it.
        Set<String> ownGroups = new HashSet<>();
        Set<String> listed = new HashSet<>();
        for (StoredDataset dataset : inventory) {
            listed.add(dataset.location());
            if (isAdoptedOrHoldsOne(dataset.location())) {
                continue;
            }
            if (dataset.isGroup() && !groups.contains(dataset.group())) {
                if (holdsOwnPath(dataset.location())) {
                    ownGroups.add(dataset.group());
                } else {
                    stale.add(dataset);
                }
            }
        }
        for (StoredDataset dataset : inventory) {
            if (dataset.isGroup() || ownGroups.contains(dataset.group()) || holdsOwnPath(dataset.location())
                    || isAdoptedOrHoldsOne(dataset.location())) {
                continue;
            }
            HostId host = new HostId(dataset.group(), dataset.host());
            present.add(host);
            if (groups.contains(dataset.group()) && !configuredHosts.contains(host)) {
                stale.add(dataset);
            }
        }
        List<GoneHost> gone = new ArrayList<>();
        for (HostId host : hosts) {
            if (present.contains(host) || (adopted.containsKey(host) && !isMissing(adopted.get(host), listed))) {
                continue;
            }
            HostSummary summary = summaries.of(host);
            if (summary.lastSuccessAt() >= 0) {
                gone.add(new GoneHost(host, storage.datasetName(host), Instant.ofEpochMilli(summary.lastSuccessAt())));
            }
        }
        stale.sort(Comparator.comparing(StoredDataset::location));
        return new StaleFindings(storage.measured(stale), gone, groups);
    }

    /** Whether a dataset is one a host adopts, lies inside one, or holds one. */
    private boolean isAdoptedOrHoldsOne(String location) {
        for (String dataset : adopted.values()) {
            if (location.equals(dataset) || location.startsWith(dataset + "/") || dataset.startsWith(location + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an adopted dataset is known to be gone: it lies where the listing reaches (one or
     * two levels below the ZFS parent) and the listing does not have it. Elsewhere nothing is known.
     */
    private boolean isMissing(String dataset, Set<String> listed) {
        if (zfsParent == null || !dataset.startsWith(zfsParent + "/")) {
            return false;
        }
        int depth = dataset.substring(zfsParent.length() + 1).split("/").length;
        return depth <= 2 && !listed.contains(dataset);
    }

    /**
     * Whether a directory is or holds one of PlanB's own paths (the state directory below a
     * directory storage's root, as {@code planb first-run} sets it up). Dataset names (ZFS) are
     * no absolute paths and never match.
     */
    private boolean holdsOwnPath(String location) {
        if (!location.startsWith("/")) {
            return false;
        }
        Path path = Path.of(location).normalize();
        return ownPaths.stream().anyMatch(own -> own.startsWith(path));
    }
}
