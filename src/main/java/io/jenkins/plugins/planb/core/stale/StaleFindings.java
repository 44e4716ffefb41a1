package io.jenkins.plugins.planb.core.stale;

import io.jenkins.plugins.planb.core.storage.StoredDataset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link StaleScan} found: datasets no configured host owns (measured), and configured
 * hosts whose dataset is gone.
 *
 * @param stale            group-level datasets of groups not in the configuration, and host-level
 *                         datasets of hosts not in it (never those inside a stale group-level one,
 *                         which its removal removes), by location
 * @param gone             configured hosts that took snapshots and have no dataset, in configuration order
 * @param configuredGroups the group names of the configuration
 */
public record StaleFindings(List<StoredDataset> stale, List<GoneHost> gone, Set<String> configuredGroups) {

    public StaleFindings {
        stale = List.copyOf(stale);
        gone = List.copyOf(gone);
        configuredGroups = Set.copyOf(configuredGroups);
    }

    public boolean isEmpty() {
        return stale.isEmpty() && gone.isEmpty();
    }

    /** Every group something was found in, by name. */
    public List<String> groups() {
        Set<String> groups = new TreeSet<>();
        stale.forEach(dataset -> groups.add(dataset.group()));
        gone.forEach(host -> groups.add(host.host().group()));
        return List.copyOf(groups);
    }

    public List<StoredDataset> staleIn(String group) {
        return stale.stream().filter(dataset -> dataset.group().equals(group)).toList();
    }

    public List<GoneHost> goneIn(String group) {
        return gone.stream().filter(host -> host.host().group().equals(group)).toList();
    }

    public boolean isConfigured(String group) {
        return configuredGroups.contains(group);
    }

    /** What the stale datasets take together, counting the known sizes. */
    public long staleBytes() {
        return stale.stream()
                .mapToLong(dataset -> dataset.usage() == null ? 0 : Math.max(0, dataset.usage().usedBytes()))
                .sum();
    }
}
