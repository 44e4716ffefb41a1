package io.jenkins.plugins.planb.freestyle;

import hudson.AbortException;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.item.HostItemGuard;

/**
 * What the freestyle builder and the {@code planbBackup} Pipeline step say about a backup,
 * turned into a request over the site's settings, so both describables stay thin.
 *
 * @param host          {@code group/host}
 * @param zfsParent     the step's own storage, or null for the site's
 * @param directoryPath the step's own storage, or null for the site's
 */
public record BackupStepFields(String host, HostConnection connection, BackupSettings settings, String zfsParent,
        String directoryPath) {

    /** The request over the site's settings; a bad field fails the build with a sentence naming it. */
    public HostBackup.Request toRequestOrAbort() throws AbortException {
        HostBackup.Request request;
        try {
            request = toRequest(PlanbGlobalConfiguration.get().toLayer());
        } catch (IllegalArgumentException e) {
            throw new AbortException("PlanB: " + e.getMessage());
        }
        HostItemGuard.checkMayUse(request.id());
        return request;
    }

    public HostBackup.Request toRequest(SettingLayer site) {
        BackupSettings own = settings == null ? new BackupSettings() : settings;
        SettingLayer step = own.toLayer().withGroupSettings(null, null, zfsParent, directoryPath, null, null);
        return new HostBackup.Request(JobSettings.hostId(host),
                (connection == null ? new HostConnection() : connection).toFields(), JobSettings.resolve(step, site));
    }
}
