package io.jenkins.plugins.planb.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.FormValidation;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Site-wide PlanB defaults (Manage Jenkins » System » PlanB), the last level a host's settings
 * are looked up in before the built-in defaults. {@code unclassified: planb:} in JCasC.
 */
@Extension
@Symbol("planb")
public class PlanbGlobalConfiguration extends GlobalConfiguration {

    private String label;
    private String zfsParent;
    private boolean zfsSudo;
    private String directoryPath;
    private BackupSettings settings;

    public PlanbGlobalConfiguration() {
        load();
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.PlanbGlobalConfiguration_DisplayName();
    }

    /** The one instance. */
    public static PlanbGlobalConfiguration get() {
        return GlobalConfiguration.all().getInstance(PlanbGlobalConfiguration.class);
    }

    /** The site's level in the settings hierarchy. */
    public SettingLayer toLayer() {
        return getSettings().toLayer().withGroupSettings(null, label, zfsParent, directoryPath,
                zfsSudo ? Boolean.TRUE : null, null);
    }

    /** Defaults of every host whose host and group leave them empty: remote user, SSH key, retention, … */
    public BackupSettings getSettings() {
        return settings == null ? new BackupSettings() : settings;
    }

    @DataBoundSetter
    public void setSettings(BackupSettings settings) {
        this.settings = settings;
        save();
    }

    public String getLabel() {
        return label;
    }

    @DataBoundSetter
    public void setLabel(String label) {
        this.label = FormChecks.trimToNull(label);
        save();
    }

    public String getZfsParent() {
        return zfsParent;
    }

    @DataBoundSetter
    public void setZfsParent(String zfsParent) {
        this.zfsParent = FormChecks.trimToNull(zfsParent);
        save();
    }

    public boolean isZfsSudo() {
        return zfsSudo;
    }

    @DataBoundSetter
    public void setZfsSudo(boolean zfsSudo) {
        this.zfsSudo = zfsSudo;
        save();
    }

    public String getDirectoryPath() {
        return directoryPath;
    }

    @DataBoundSetter
    public void setDirectoryPath(String directoryPath) {
        this.directoryPath = FormChecks.trimToNull(directoryPath);
        save();
    }

    @POST
    public FormValidation doCheckLabel(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormChecks.label(value, null);
    }

    @POST
    public FormValidation doCheckZfsParent(@QueryParameter String value, @QueryParameter String directoryPath) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormChecks.storage(value, directoryPath, true);
    }

    @POST
    public FormValidation doCheckDirectoryPath(@QueryParameter String value, @QueryParameter String zfsParent) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormChecks.storage(zfsParent, value, false);
    }

}
