package io.jenkins.plugins.planb.backup;

import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.config.SettingsResolver;
import io.jenkins.plugins.planb.core.config.HostId;

/**
 * Settings of a freestyle step or Pipeline step: what the step says, then the site, then the
 * built-in defaults (there is no group level outside a host group).
 */
public final class JobSettings {

    private JobSettings() {}

    /** Parses {@code group/host}, naming the field in the error. */
    public static HostId hostId(String text) {
        try {
            return HostId.parse(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host: " + e.getMessage());
        }
    }

    public static ResolvedSettings resolve(SettingLayer step, SettingLayer site) {
        return SettingsResolver.resolve(step, null, site);
    }
}
