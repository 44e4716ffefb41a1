package io.jenkins.plugins.planb.item;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.listener.PlanbBackupListener;

/**
 * Brings a host item's summary up to date after each of its backups, whichever build backed it
 * up: the host's own build, or a freestyle or Pipeline build that backed up the host an item
 * stands for.
 */
@Extension
public final class SummaryKeeper extends PlanbBackupListener {

    @Override
    public void onBackupCompleted(Run<?, ?> run, RunRecord record, TaskListener listener) {
        BackupHost host = run.getParent() instanceof BackupHost own ? own : null;
        if (host != null && host.hostId().equals(record.host())) {
            host.recordRun(record);
        }
    }
}
