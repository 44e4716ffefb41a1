package io.jenkins.plugins.planb.config;

import io.jenkins.plugins.planb.core.config.StorageSpec;
import java.util.List;

/**
 * One host's settings after the host, its group, the site and the built-in defaults were asked
 * in that order. Only {@link #storage} and {@link #credentialsId} may be missing: there is no
 * sensible built-in storage location, and an empty credentials id means "ssh's own defaults".
 *
 * @param storage               where backups go, {@code null} when no level chose one
 * @param credentialsId         the SSH key credential, {@code ""} for none
 * @param notificationAddresses comma-separated addresses, {@code ""} for none
 * @param stallTimeout          the stall limit, as text in the engine's duration syntax
 * @param maxRunTime            the maximum run time, as text ({@code 0}: none)
 * @param progressInterval      time between progress lines, as text ({@code 0}: none)
 */
public record ResolvedSettings(
        String retention,
        String schedule,
        String label,
        StorageSpec storage,
        String user,
        boolean sudo,
        boolean ionice,
        String credentialsId,
        List<String> include,
        List<String> exclude,
        String notificationAddresses,
        String stallTimeout,
        String maxRunTime,
        String progressInterval) {

    public ResolvedSettings {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
