package io.jenkins.plugins.planb.steps;

import hudson.AbortException;
import hudson.Launcher;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.backup.EngineWiring;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.exec.BuildRunLog;
import io.jenkins.plugins.planb.exec.LauncherCommandRunner;
import io.jenkins.plugins.planb.exec.SecretMasker;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What the storage-only steps ({@code planbSnapshot}, {@code planbPrune}, {@code planbSnapshots})
 * share: the host ({@code group/host}) and where its backups are, falling back to the site's
 * storage and retention.
 */
public abstract class PlanbStorageStep extends Step {

    private final String host;
    private String retention;
    private String zfsParent;
    private String directoryPath;

    protected PlanbStorageStep(String host) {
        this.host = host == null ? "" : host.strip();
    }

    public String getHost() {
        return host;
    }

    public String getRetention() {
        return retention;
    }

    @DataBoundSetter
    public void setRetention(String retention) {
        this.retention = FormChecks.trimToNull(retention);
    }

    public String getZfsParent() {
        return zfsParent;
    }

    @DataBoundSetter
    public void setZfsParent(String zfsParent) {
        this.zfsParent = FormChecks.trimToNull(zfsParent);
    }

    public String getDirectoryPath() {
        return directoryPath;
    }

    @DataBoundSetter
    public void setDirectoryPath(String directoryPath) {
        this.directoryPath = FormChecks.trimToNull(directoryPath);
    }

    /** The step's settings over the site's. */
    ResolvedSettings settings() {
        return JobSettings.resolve(new SettingLayer(retention, null, null, zfsParent, directoryPath, null, null, null,
                null, null, null, null, null), PlanbGlobalConfiguration.get().toLayer());
    }

    /** The engine's storage operations on the node of {@code launcher}. */
    StorageTasks tasks(Launcher launcher, TaskListener listener) throws AbortException {
        ResolvedSettings settings = settings();
        if (settings.storage() == null) {
            throw new AbortException("PlanB: no storage: pass zfsParent or directoryPath, or set one in "
                    + "Manage Jenkins » System » PlanB");
        }
        LauncherCommandRunner runner = new LauncherCommandRunner(launcher, listener, null);
        return new StorageTasks(EngineWiring.storage(settings.storage(), runner),
                new BuildRunLog(listener.getLogger(), SecretMasker.none()));
    }
}
