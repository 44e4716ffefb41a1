package io.jenkins.plugins.planb.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole, validated PlanB configuration: where backups go, where run records go, and every
 * host with its settings resolved. Made by {@link ConfigLoader} from YAML, or by
 * {@link EmbeddedDefaultConfig} for a first run without a configuration file.
 *
 * @param storage  ZFS or directory storage
 * @param stateDir where the command keeps its run records
 * @param groups   the host groups in the order configured
 */
public record PlanbConfig(StorageSpec storage, Path stateDir, List<GroupSpec> groups) {

    public PlanbConfig {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(stateDir, "stateDir");
        groups = List.copyOf(groups);
    }

    /** The host with this id, if configured. */
    public Optional<HostSpec> host(HostId id) {
        return hosts().stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** Every host of every group, in the order configured. */
    public List<HostSpec> hosts() {
        return groups.stream().flatMap(g -> g.hosts().stream()).toList();
    }
}
