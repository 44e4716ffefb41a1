package io.jenkins.plugins.planb.monitor;

import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.config.SettingsResolver;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.item.HostGroup;
import java.util.LinkedHashSet;
import java.util.Set;
import jenkins.model.Jenkins;

/**
 * The storages PlanB host groups write to, each with the label of the agents that hold it: what
 * the storage check measures. A group's storage and label come from the group, else the site.
 */
final class StorageTargets {

    /** One storage on the nodes of one label. */
    record Target(String label, StorageSpec storage) {

        /** How a reading names it: {@code ZFS tank/BACKUP} or {@code directory /srv/planb}. */
        String describe() {
            return switch (storage) {
                case StorageSpec.Zfs zfs -> "ZFS " + zfs.parent();
                case StorageSpec.Directory directory -> "directory " + directory.path();
            };
        }
    }

    private StorageTargets() {}

    /** Called as the system: every group counts, whoever may see it. */
    static Set<Target> inUse() {
        SettingLayer site = PlanbGlobalConfiguration.get().toLayer();
        Set<Target> targets = new LinkedHashSet<>();
        for (HostGroup group : Jenkins.get().allItems(HostGroup.class)) {
            if (group.getItems().isEmpty()) {
                continue;
            }
            ResolvedSettings resolved = SettingsResolver.resolve(null, group.toLayer(), site);
            if (resolved.storage() != null) {
                targets.add(new Target(resolved.label(), resolved.storage()));
            }
        }
        return targets;
    }
}
