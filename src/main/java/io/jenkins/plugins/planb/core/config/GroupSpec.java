package io.jenkins.plugins.planb.core.config;

import java.util.List;
import java.util.Objects;

/**
 * A group of hosts, with each host's settings already resolved (defaults, then group, then
 * host).
 *
 * @param name  ZFS- and path-safe group name
 * @param hosts the group's hosts in the order configured
 */
public record GroupSpec(String name, List<HostSpec> hosts) {

    public GroupSpec {
        Objects.requireNonNull(name, "name");
        hosts = List.copyOf(hosts);
    }
}
