package io.jenkins.plugins.planb.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.credentials.SshKeyCredentials;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The backup settings a host may inherit from its group and the group from the site: remote
 * user, SSH key, retention, includes and excludes, sudo and ionice. The one place these fields,
 * their checks, their form and their help live; a host group, a host, the freestyle builder and
 * the {@code planbBackup} step each hold one. Empty means "ask the next level".
 *
 * <p>Getters never return {@code null} for the yes/no settings: objects read from XML that leaves
 * fields out are built without running constructors or initializers.
 */
public final class BackupSettings implements Describable<BackupSettings> {

    private String remoteUser;
    private String credentialsId;
    private String retention;
    private String includes;
    private String excludes;
    private Inheritable sudo;
    private Inheritable ionice;

    @DataBoundConstructor
    public BackupSettings() {}

    /** This level of the settings hierarchy. */
    public SettingLayer toLayer() {
        return new SettingLayer(retention, null, null, null, null, null, remoteUser, getSudo().value(),
                getIonice().value(), credentialsId, SettingsResolver.lines(includes),
                SettingsResolver.lines(excludes), null);
    }

    public String getRemoteUser() {
        return remoteUser;
    }

    @DataBoundSetter
    public void setRemoteUser(String remoteUser) {
        this.remoteUser = FormChecks.trimToNull(remoteUser);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = FormChecks.trimToNull(credentialsId);
    }

    public String getRetention() {
        return retention;
    }

    @DataBoundSetter
    public void setRetention(String retention) {
        this.retention = FormChecks.trimToNull(retention);
    }

    public String getIncludes() {
        return includes;
    }

    @DataBoundSetter
    public void setIncludes(String includes) {
        this.includes = FormChecks.trimToNull(includes);
    }

    public String getExcludes() {
        return excludes;
    }

    @DataBoundSetter
    public void setExcludes(String excludes) {
        this.excludes = FormChecks.trimToNull(excludes);
    }

    public Inheritable getSudo() {
        return sudo == null ? Inheritable.INHERIT : sudo;
    }

    @DataBoundSetter
    public void setSudo(Inheritable sudo) {
        this.sudo = sudo == Inheritable.INHERIT ? null : sudo;
    }

    public Inheritable getIonice() {
        return ionice == null ? Inheritable.INHERIT : ionice;
    }

    @DataBoundSetter
    public void setIonice(Inheritable ionice) {
        this.ionice = ionice == Inheritable.INHERIT ? null : ionice;
    }

    /** Checks and drop-downs of the settings form, wherever it is embedded. */
    @Extension
    @Symbol("planbSettings")
    public static final class DescriptorImpl extends Descriptor<BackupSettings> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.BackupSettings_DisplayName();
        }

        @POST
        public FormValidation doCheckRemoteUser(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.optional(value, Rules::user);
        }

        @POST
        public FormValidation doCheckRetention(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.optional(value, Rules::retention);
        }

        @POST
        public FormValidation doCheckIncludes(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.patterns(value);
        }

        @POST
        public FormValidation doCheckExcludes(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.patterns(value);
        }

        /** As the Credentials plugin's consumer guide says: quiet for those who may not see credentials. */
        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                    return FormValidation.ok();
                }
            } else if (!item.hasPermission(Item.EXTENDED_READ)
                    && !item.hasPermission(com.cloudbees.plugins.credentials.CredentialsProvider.USE_ITEM)) {
                return FormValidation.ok();
            }
            if (value != null && value.startsWith("${") && value.endsWith("}")) {
                return FormValidation.warning(Messages.BackupSettings_CredentialsExpression());
            }
            return SshKeyCredentials.exists(item, value)
                    ? FormValidation.ok()
                    : FormValidation.error(Messages.BackupSettings_CredentialsNotFound(value));
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.READ);
            } else {
                item.checkPermission(Item.READ);
            }
            return SshKeyCredentials.fillItems(item, credentialsId);
        }

        @POST
        public ListBoxModel doFillSudoItems(@AncestorInPath Item item) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.EXTENDED_READ);
            }
            return inheritableChoices();
        }

        @POST
        public ListBoxModel doFillIoniceItems(@AncestorInPath Item item) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.EXTENDED_READ);
            }
            return inheritableChoices();
        }

        private static ListBoxModel inheritableChoices() {
            ListBoxModel model = new ListBoxModel();
            model.add(Messages.Inheritable_INHERIT(), Inheritable.INHERIT.name());
            model.add(Messages.Inheritable_ON(), Inheritable.ON.name());
            model.add(Messages.Inheritable_OFF(), Inheritable.OFF.name());
            return model;
        }
    }
}
