package io.jenkins.plugins.planb.freestyle;

import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.backup.HostFields;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.config.Inheritable;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.config.SettingsResolver;

/**
 * The fields the freestyle builder and the {@code planbBackup} Pipeline step share, turned into
 * a backup request. Plain Java, so both describables stay thin.
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

    public HostBackup.Request toRequest(SettingLayer site) {
        SettingLayer step = new SettingLayer(retention, null, null, zfsParent, directoryPath, null, remoteUser,
                sudo == null ? null : sudo.value(), ionice == null ? null : ionice.value(), credentialsId,
                SettingsResolver.lines(includes), SettingsResolver.lines(excludes), null);
        return new HostBackup.Request(JobSettings.hostId(host),
                new HostFields(transport, address, port, root, knownHostsEntry), JobSettings.resolve(step, site));
    }
}
