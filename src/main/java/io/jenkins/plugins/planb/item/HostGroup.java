package io.jenkins.plugins.planb.item;

import com.cloudbees.hudson.plugins.folder.Folder;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Descriptor.FormException;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ListView;
import hudson.model.TopLevelItem;
import hudson.model.TopLevelItemDescriptor;
import hudson.model.View;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.views.ListViewColumn;
import io.jenkins.plugins.planb.column.LastBackupColumn;
import io.jenkins.plugins.planb.column.DatasetUsedColumn;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.config.SettingsResolver;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.credentials.SshKeyCredentials;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.POST;

/**
 * A group of hosts: a folder that holds only {@link BackupHost}s and the defaults they inherit
 * (retention, schedule, storage agent and storage, remote user, sudo/ionice, SSH key, paths,
 * notification addresses). Its name is the group part of each host's {@code group/host} and of
 * the dataset {@code <parent>/<group>/<host>}, so it follows the engine's name rule.
 */
public class HostGroup extends Folder {

    private String retention;
    private String schedule;
    private String label;
    private String zfsParent;
    private boolean zfsSudo;
    private String directoryPath;
    private String remoteUser;
    private boolean sudo;
    private boolean ionice;
    private String credentialsId;
    private String includes;
    private String excludes;
    private String notificationAddresses;

    public HostGroup(ItemGroup parent, String name) {
        super(parent, name);
    }

    /** This group's level in the settings hierarchy. */
    public SettingLayer toLayer() {
        return new SettingLayer(retention, schedule, label, zfsParent, directoryPath, zfsSudo ? Boolean.TRUE : null,
                remoteUser, sudo, ionice, credentialsId, SettingsResolver.lines(includes),
                SettingsResolver.lines(excludes), notificationAddresses);
    }

    @Override
    public boolean isAllowedChildDescriptor(TopLevelItemDescriptor descriptor) {
        return descriptor instanceof BackupHost.DescriptorImpl && super.isAllowedChildDescriptor(descriptor);
    }

    @Override
    public boolean isAllowedChild(TopLevelItem item) {
        return item instanceof BackupHost && super.isAllowedChild(item);
    }

    /** The default view lists the hosts with their last backup and the space they use. */
    @Override
    protected void initViews(List<View> views) throws IOException {
        ListView hosts = new ListView(Messages.HostGroup_HostsView(), this);
        List<ListViewColumn> columns = new ArrayList<>(ListViewColumn.createDefaultInitialColumnList(ListView.class));
        columns.add(Math.min(3, columns.size()), new LastBackupColumn());
        columns.add(Math.min(4, columns.size()), new DatasetUsedColumn());
        hosts.setColumns(columns);
        hosts.setIncludeRegex(".*");
        views.add(hosts);
    }

    @Override
    protected void submit(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException, FormException {
        super.submit(req, rsp);
        JSONObject form = req.getSubmittedForm();
        setRetention(form.optString("retention"));
        setSchedule(form.optString("schedule"));
        setLabel(form.optString("label"));
        setZfsParent(form.optString("zfsParent"));
        setZfsSudo(form.optBoolean("zfsSudo"));
        setDirectoryPath(form.optString("directoryPath"));
        setRemoteUser(form.optString("remoteUser"));
        setSudo(form.optBoolean("sudo"));
        setIonice(form.optBoolean("ionice"));
        setCredentialsId(form.optString("credentialsId"));
        setIncludes(form.optString("includes"));
        setExcludes(form.optString("excludes"));
        setNotificationAddresses(form.optString("notificationAddresses"));
    }

    public String getRetention() {
        return retention;
    }

    @DataBoundSetter
    public void setRetention(String retention) {
        this.retention = FormChecks.trimToNull(retention);
    }

    public String getSchedule() {
        return schedule;
    }

    @DataBoundSetter
    public void setSchedule(String schedule) {
        this.schedule = FormChecks.trimToNull(schedule);
    }

    public String getLabel() {
        return label;
    }

    @DataBoundSetter
    public void setLabel(String label) {
        this.label = FormChecks.trimToNull(label);
    }

    public String getZfsParent() {
        return zfsParent;
    }

    @DataBoundSetter
    public void setZfsParent(String zfsParent) {
        this.zfsParent = FormChecks.trimToNull(zfsParent);
    }

    public boolean isZfsSudo() {
        return zfsSudo;
    }

    @DataBoundSetter
    public void setZfsSudo(boolean zfsSudo) {
        this.zfsSudo = zfsSudo;
    }

    public String getDirectoryPath() {
        return directoryPath;
    }

    @DataBoundSetter
    public void setDirectoryPath(String directoryPath) {
        this.directoryPath = FormChecks.trimToNull(directoryPath);
    }

    public String getRemoteUser() {
        return remoteUser;
    }

    @DataBoundSetter
    public void setRemoteUser(String remoteUser) {
        this.remoteUser = FormChecks.trimToNull(remoteUser);
    }

    public boolean isSudo() {
        return sudo;
    }

    @DataBoundSetter
    public void setSudo(boolean sudo) {
        this.sudo = sudo;
    }

    public boolean isIonice() {
        return ionice;
    }

    @DataBoundSetter
    public void setIonice(boolean ionice) {
        this.ionice = ionice;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = FormChecks.trimToNull(credentialsId);
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

    public String getNotificationAddresses() {
        return notificationAddresses;
    }

    @DataBoundSetter
    public void setNotificationAddresses(String notificationAddresses) {
        this.notificationAddresses = FormChecks.trimToNull(notificationAddresses);
    }

    /** Registers the item type: own category, a symbol icon, and checks for the group fields. */
    @Extension
    @Symbol("planbHostGroup")
    public static class DescriptorImpl extends Folder.DescriptorImpl {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HostGroup_DisplayName();
        }

        @NonNull
        @Override
        public String getDescription() {
            return Messages.HostGroup_Description();
        }

        @NonNull
        @Override
        public String getCategoryId() {
            return PlanbCategory.ID;
        }

        @Override
        public String getIconClassName() {
            return "symbol-server-outline plugin-ionicons-api";
        }

        @Override
        public TopLevelItem newInstance(ItemGroup parent, String name) {
            return new HostGroup(parent, name);
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
        public FormValidation doCheckLabel(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.label(value);
        }

        @POST
        public FormValidation doCheckZfsParent(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String directoryPath) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.storage(value, directoryPath, true);
        }

        @POST
        public FormValidation doCheckDirectoryPath(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String zfsParent) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.storage(zfsParent, value, false);
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

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return SshKeyCredentials.exists(item, value)
                    ? FormValidation.ok()
                    : FormValidation.error(Messages.CredentialsNotFound(value));
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

    }
}
