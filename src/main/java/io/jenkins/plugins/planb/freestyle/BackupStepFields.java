package io.jenkins.plugins.planb.freestyle;

import hudson.AbortException;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.backup.HostFields;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.config.Inheritable;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.config.SettingsResolver;

/**
 * The fields the freestyle builder and the {@code planbBackup} Pipeline step share, turned into
 * a backup request, so both describables stay thin.
 */
public record BackupStepFields(
        String host,
        String address,
        int port,
        String transport,
        String root,
        String remoteUser,
        String credentialsId,
        String knownHostsEntry,
        String includes,
        String excludes,
        String retention,
        String zfsParent,
        String directoryPath,
        Inheritable sudo,
        Inheritable ionice) {

    /** The request over the site's settings; a bad field fails the build with a sentence naming it. */
    public HostBackup.Request toRequestOrAbort() throws AbortException {
        try {
            return toRequest(PlanbGlobalConfiguration.get().toLayer());
        } catch (IllegalArgumentException e) {
            throw new AbortException("PlanB: " + e.getMessage());
        }
    }

    public HostBackup.Request toRequest(SettingLayer site) {
        SettingLayer step = new SettingLayer(retention, null, null, zfsParent, directoryPath, null, remoteUser,
                sudo == null ? null : sudo.value(), ionice == null ? null : ionice.value(), credentialsId,
                SettingsResolver.lines(includes), SettingsResolver.lines(excludes), null);
        return new HostBackup.Request(JobSettings.hostId(host),
                new HostFields(transport, address, port, root, knownHostsEntry), JobSettings.resolve(step, site));
    }
}
