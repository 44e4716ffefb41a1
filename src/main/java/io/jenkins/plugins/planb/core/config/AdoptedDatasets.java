package io.jenkins.plugins.planb.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the datasets hosts adopt ({@code dataset}, such as {@code tank/BACKUP/acme-web01} that
 * the old PlanB filled) against the whole configuration. An adopted dataset must not be the
 * parent or above it, nor a group's dataset, nor be, contain or lie inside another host's
 * dataset: two hosts writing one live copy, or retention of one host running over another's
 * snapshots, would destroy backups. Only ZFS storage has datasets to adopt.
 */
final class AdoptedDatasets {

    /** A host's {@code dataset} setting, with the field path errors name. */
    record Adoption(HostId host, String dataset, String path) {}

    private AdoptedDatasets() {}

    static List<ConfigError> check(StorageSpec storage, List<GroupSpec> groups, List<Adoption> adoptions) {
        List<ConfigError> errors = new ArrayList<>();
        if (adoptions.isEmpty()) {
            return errors;
        }
        if (!(storage instanceof StorageSpec.Zfs zfs)) {
            for (Adoption adoption : adoptions) {
                errors.add(new ConfigError(adoption.path(), "only with zfs storage: it names an existing ZFS "
                        + "dataset for the host to adopt"));
            }
            return errors;
        }
        String parent = zfs.parent();
        List<HostSpec> hosts = groups.stream().flatMap(g -> g.hosts().stream()).toList();
        for (Adoption adoption : adoptions) {
            conflict(adoption, parent, groups, hosts).ifPresent(message ->
                    errors.add(new ConfigError(adoption.path(), Rules.quote(adoption.dataset()) + " " + message)));
        }
        return errors;
    }

    private static Optional<String> conflict(
            Adoption adoption, String parent, List<GroupSpec> groups, List<HostSpec> hosts) {
        Optional<String> misplaced = misplaced(adoption.dataset(), parent, groups);
        if (misplaced.isPresent()) {
            return misplaced;
        }
        String dataset = adoption.dataset();
        boolean earlier = true;
        for (HostSpec other : hosts) {
            if (other.id().equals(adoption.host())) {
                earlier = false;
                continue;
            }
            if (other.dataset() != null && misplaced(other.dataset(), parent, groups).isPresent()) {
                continue; // reported at that host; everything would lie inside it
            }
            String theirs = datasetOf(other, parent);
            // The same dataset adopted twice is reported once, at the later host.
            if (dataset.equals(theirs) && (earlier || other.dataset() == null)) {
                return Optional.of("is also the dataset of host '" + other.id() + "'");
            }
            if (isInside(theirs, dataset)) {
                return Optional.of("contains the dataset of host '" + other.id() + "' (" + theirs + ")");
            }
            if (isInside(dataset, theirs)) {
                return Optional.of("lies inside the dataset of host '" + other.id() + "' (" + theirs + ")");
            }
        }
        return Optional.empty();
    }

    /** The parent, a dataset above it, or a group's dataset: never one host's. */
    private static Optional<String> misplaced(String dataset, String parent, List<GroupSpec> groups) {
        if (dataset.equals(parent) || isInside(parent, dataset)) {
            return Optional.of("is the storage parent '" + parent + "' or above it; name the host's own dataset");
        }
        for (GroupSpec group : groups) {
            if (dataset.equals(parent + "/" + group.name())) {
                return Optional.of("is the dataset of group '" + group.name()
                        + "', which holds that group's hosts; name the host's own dataset");
            }
        }
        return Optional.empty();
    }

    /** The dataset a host uses: its adopted one, else {@code <parent>/<group>/<host>}. */
    static String datasetOf(HostSpec host, String parent) {
        return host.dataset() != null ? host.dataset() : parent + "/" + host.id().group() + "/" + host.id().host();
    }

    /** Whether {@code inner} is a descendant of {@code outer}. */
    private static boolean isInside(String inner, String outer) {
        return inner.startsWith(outer + "/");
    }
}
