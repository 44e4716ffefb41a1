package io.jenkins.plugins.planb.core.stale;

import io.jenkins.plugins.planb.core.config.GroupSpec;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
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
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * @param groups   the configured group names
     * @param hosts    the configured hosts, in the order findings list them
     * @param ownPaths files and directories PlanB itself keeps that may lie below a directory
     *                 storage's root (the state directory, key files): never reported
     */
    public StaleScan(Collection<String> groups, Collection<HostId> hosts, Collection<Path> ownPaths) {
        this.groups = Set.copyOf(groups);
        this.hosts = List.copyOf(new LinkedHashSet<>(hosts));
        this.ownPaths = ownPaths.stream().map(path -> path.toAbsolutePath().normalize()).toList();
    }

    /** The groups, hosts and own paths (state directory, identity and known-hosts files) of a configuration. */
    public static StaleScan of(PlanbConfig config) {
        List<Path> own = new ArrayList<>();
        own.add(config.stateDir());
        for (HostSpec host : config.hosts()) {
            if (host.identityFile() != null) {
                own.add(host.identityFile());
            }
            if (host.knownHostsFile() != null) {
                own.add(host.knownHostsFile());
            }
        }
        return new StaleScan(config.groups().stream().map(GroupSpec::name).toList(),
                config.hosts().stream().map(HostSpec::id).toList(), own);
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
        for (StoredDataset dataset : inventory) {
            if (dataset.isGroup() && !groups.contains(dataset.group())) {
                if (holdsOwnPath(dataset.location())) {
                    ownGroups.add(dataset.group());
                } else {
                    stale.add(dataset);
                }
            }
        }
        for (StoredDataset dataset : inventory) {
            if (dataset.isGroup() || ownGroups.contains(dataset.group()) || holdsOwnPath(dataset.location())) {
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
            if (present.contains(host)) {
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
