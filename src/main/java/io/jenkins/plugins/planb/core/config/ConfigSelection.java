package io.jenkins.plugins.planb.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The part of a configuration {@code planb export} writes: everything, one group, or one host,
 * with or without disabled hosts. Storage, {@code stateDir} and {@code defaults} are always
 * kept, so a selection is a configuration of its own that gives its hosts the same settings.
 *
 * <p>Disabled hosts (by their own {@code enabled: false} or one they inherit) are left out
 * unless asked for, as the old PlanB's {@code confexport} did; a group left without hosts is
 * left out then too, unless it is the group asked for. A group configured without any host is
 * configuration like any other and is kept; a host named explicitly is written whatever its
 * state.
 */
public final class ConfigSelection {

    private ConfigSelection() {}

    /**
     * @param group        the one group to write, or {@code null} for all
     * @param host         the one host of that group to write, or {@code null} for all
     * @param withDisabled also write disabled hosts
     * @throws NoSuchElementException naming what exists, when the group or host is not configured
     */
    public static ConfigDocument select(ConfigDocument document, String group, String host, boolean withDisabled)
            throws ConfigException {
        PlanbConfig resolved = document.resolved();
        if (group != null && document.group(group).isEmpty()) {
            throw new NoSuchElementException("unknown group '" + group + "': not in the configuration ("
                    + known(document.groups().stream().map(ConfigDocument.Group::name).toList(), "groups") + ")");
        }
        List<ConfigDocument.Group> selected = new ArrayList<>();
        for (ConfigDocument.Group candidate : document.groups()) {
            if (group != null && !candidate.name().equals(group)) {
                continue;
            }
            if (host != null) {
                if (candidate.host(host).isEmpty()) {
                    List<String> names = candidate.hosts().stream().map(ConfigDocument.Host::name).toList();
                    throw new NoSuchElementException("unknown host '" + group + "/" + host + "': group '" + group
                            + "' has " + (names.isEmpty() ? "no hosts" : "the hosts " + String.join(", ", names)));
                }
                selected.add(candidate.withHosts(h -> h.name().equals(host)));
                continue;
            }
            ConfigDocument.Group kept = withDisabled ? candidate : candidate.withHosts(h -> isEnabled(resolved,
                    new HostId(candidate.name(), h.name())));
            if (!kept.hosts().isEmpty() || candidate.hosts().isEmpty() || group != null) {
                selected.add(kept);
            }
        }
        return document.withGroups(selected);
    }

    private static boolean isEnabled(PlanbConfig resolved, HostId id) {
        return resolved.host(id).map(HostSpec::enabled).orElse(true);
    }

    private static String known(List<String> names, String what) {
        if (names.isEmpty()) {
            return "no " + what;
        }
        return names.size() <= 10 ? "known: " + String.join(", ", names) : names.size() + " " + what + " known";
    }
}
