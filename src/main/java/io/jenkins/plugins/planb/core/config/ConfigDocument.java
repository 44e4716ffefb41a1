package io.jenkins.plugins.planb.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A configuration as it is written: storage, {@code stateDir}, and what {@code defaults}, each
 * group and each host set themselves, before inheritance. {@link ConfigLoader#loadDocument}
 * reads one from a file (every value validated); {@link ConfigWriter} writes one as YAML or
 * JSON; {@link #resolved()} gives the configuration the engine runs, inheritance applied.
 *
 * @param storage  ZFS or directory storage
 * @param stateDir the {@code stateDir} the file sets; {@code null} when it sets none
 * @param defaults the host fields {@code defaults} sets
 * @param groups   the groups in the order written
 * @param comment  lines written as a comment at the top (the reader keeps none)
 */
public record ConfigDocument(
        StorageSpec storage, Path stateDir, HostSettings defaults, List<Group> groups, List<String> comment) {

    public ConfigDocument {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(defaults, "defaults");
        groups = List.copyOf(groups);
        comment = List.copyOf(comment);
    }

    /**
     * A group and what it sets itself.
     *
     * @param settings host fields set on the group
     * @param hosts    its hosts in the order written
     */
    public record Group(String name, HostSettings settings, List<Host> hosts) {

        public Group {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(settings, "settings");
            hosts = List.copyOf(hosts);
        }

        /** The host of this name, if the group has one. */
        public Optional<Host> host(String hostName) {
            return hosts.stream().filter(h -> h.name().equals(hostName)).findFirst();
        }

        /** This group with only the hosts that {@code keep} accepts. */
        public Group withHosts(Predicate<Host> keep) {
            return new Group(name, settings, hosts.stream().filter(keep).toList());
        }
    }

    /**
     * A host and what it sets itself.
     *
     * @param settings host fields set on the host, {@code dataset} included
     * @param comment  lines written as a comment with the host (the reader keeps none)
     */
    public record Host(String name, HostSettings settings, List<String> comment) {

        public Host {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(settings, "settings");
            comment = List.copyOf(comment);
        }

        public Host(String name, HostSettings settings) {
            this(name, settings, List.of());
        }
    }

    /** The group of this name, if there is one. */
    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** This document with other groups (storage, stateDir, defaults and comment kept). */
    public ConfigDocument withGroups(List<Group> newGroups) {
        return new ConfigDocument(storage, stateDir, defaults, newGroups, comment);
    }

    /**
     * The configuration the engine runs: inheritance applied, every rule checked, exactly as if
     * the document's YAML were read from a file.
     *
     * @throws ConfigException listing every value or combination the rules refuse
     */
    public PlanbConfig resolved() throws ConfigException {
        return ConfigReader.read(ConfigWriter.tree(this));
    }
}
