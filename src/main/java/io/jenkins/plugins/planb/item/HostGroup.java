package io.jenkins.plugins.planb.item;

import com.cloudbees.hudson.plugins.folder.Folder;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Descriptor.FormException;
import hudson.model.Failure;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ListView;
import hudson.model.TopLevelItem;
import hudson.model.TopLevelItemDescriptor;
import hudson.model.View;
import hudson.util.FormValidation;
import hudson.triggers.TimerTrigger;
import hudson.views.BuildButtonColumn;
import hudson.views.JobColumn;
import hudson.views.ListViewColumn;
import io.jenkins.plugins.planb.column.DatasetUsedColumn;
import io.jenkins.plugins.planb.column.HostStateColumn;
import io.jenkins.plugins.planb.column.LastDurationColumn;
import io.jenkins.plugins.planb.column.LastErrorColumn;
import io.jenkins.plugins.planb.column.LastSuccessAgeColumn;
import io.jenkins.plugins.planb.column.SnapshotCountColumn;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.config.WholeNumbers;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.core.notify.AlertLimits;
import io.jenkins.plugins.planb.core.notify.MailAddresses;
import io.jenkins.plugins.planb.core.notify.WebhookUrls;
import io.jenkins.plugins.planb.notify.WebhookSettings;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * the dataset {@code <parent>/<group>/<host>}, so it follows the engine's name rule, lives at the
 * top level only (two groups can never share a name, hence a dataset) and cannot be renamed.
 */
public class HostGroup extends Folder {

    private String schedule;
    private String label;
    private String zfsParent;
    private boolean zfsSudo;
    private String directoryPath;
    private String notificationAddresses;
    private BackupSettings settings;

    // Monitors and notifications; null: the site's limit, or on (for the two mails).
    private Integer overdueHours;
    private Boolean mailStateChanges;
    private Boolean mailDigest;
    private WebhookSettings webhook;

    /**
     * False while {@link Folder}'s constructor sets up the default view, which saves: a half-built
     * group must not be written or announced to listeners; New Item saves it once it is whole.
     */
    private transient volatile boolean ready;

    public HostGroup(ItemGroup parent, String name) {
        super(parent, name);
        settings = new BackupSettings();
        ready = true;
    }

    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        ready = true;
        if (settings == null) {
            settings = new BackupSettings();
        }
        super.onLoad(parent, name);
    }

    @Override
    public synchronized void save() throws IOException {
        if (ready) {
            super.save();
        }
    }

    @Override
    protected void checkRename(String newName) {
        throw new Failure(Messages.HostGroup_NoRename(getName()));
    }

    /** This group's level in the settings hierarchy. */
    public SettingLayer toLayer() {
        return getSettings().toLayer().withGroupSettings(schedule, label, zfsParent, directoryPath,
                zfsSudo ? Boolean.TRUE : null, notificationAddresses);
    }

    @Override
    public boolean isAllowedChildDescriptor(TopLevelItemDescriptor descriptor) {
        return descriptor instanceof BackupHost.DescriptorImpl && super.isAllowedChildDescriptor(descriptor);
    }

    @Override
    public boolean isAllowedChild(TopLevelItem item) {
        return item instanceof BackupHost && super.isAllowedChild(item);
    }

    /**
     * The default view lists the hosts with PlanB's columns, all read from each host's summary:
     * none of Jenkins' build columns (status and weather of the last builds, last success and
     * failure), which load builds for every row and mean less for a backup than the summary does.
     */
    @Override
    protected void initViews(List<View> views) throws IOException {
        ListView hosts = new ListView(Messages.HostGroup_HostsView(), this);
        hosts.setColumns(defaultColumns());
        hosts.setIncludeRegex(".*");
        views.add(hosts);
    }

    /** The columns of a new group's Hosts view. */
    public static List<ListViewColumn> defaultColumns() {
        return new ArrayList<>(List.of(new HostStateColumn(), new JobColumn(), new LastSuccessAgeColumn(),
                new LastDurationColumn(), new DatasetUsedColumn(), new SnapshotCountColumn(), new LastErrorColumn(),
                new BuildButtonColumn()));
    }

    /** The hosts of this group, in the order of its items. */
    public List<BackupHost> hosts() {
        List<BackupHost> hosts = new ArrayList<>();
        for (TopLevelItem item : getItems()) {
            if (item instanceof BackupHost host) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    @Override
    protected void submit(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException, FormException {
        JSONObject form = req.getSubmittedForm();
        // Checked before anything is changed: a bad value is refused with its field and rule.
        Integer overdue = WholeNumbers.parse(form.optString("overdueHours"), "overdueHours",
                AlertLimits::overdueHours);
        Optional<String> badAddress = MailAddresses.check(form.optString("notificationAddresses"));
        if (badAddress.isPresent()) {
            throw new FormException("notificationAddresses: " + badAddress.get(), "notificationAddresses");
        }
        JSONObject webhookForm = form.optJSONObject("webhook");
        Optional<String> badUrl = WebhookUrls.check(webhookForm == null ? null : webhookForm.optString("urls"));
        if (badUrl.isPresent()) {
            throw new FormException("webhook URLs: " + badUrl.get(), "urls");
        }
        super.submit(req, rsp);
        setOverdueHours(overdue);
        setMailStateChanges(form.optBoolean("mailStateChanges"));
        setMailDigest(form.optBoolean("mailDigest"));
        setWebhook(webhookForm == null ? null : req.bindJSON(WebhookSettings.class, webhookForm));
        setSchedule(form.optString("schedule"));
        setLabel(form.optString("label"));
        setZfsParent(form.optString("zfsParent"));
        setZfsSudo(form.optBoolean("zfsSudo"));
        setDirectoryPath(form.optString("directoryPath"));
        setNotificationAddresses(form.optString("notificationAddresses"));
        setSettings(req.bindJSON(BackupSettings.class, form.getJSONObject("settings")));
    }

    public BackupSettings getSettings() {
        return settings == null ? new BackupSettings() : settings;
    }

    @DataBoundSetter
    public void setSettings(BackupSettings settings) {
        this.settings = settings == null ? new BackupSettings() : settings;
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

    public String getNotificationAddresses() {
        return notificationAddresses;
    }

    @DataBoundSetter
    public void setNotificationAddresses(String notificationAddresses) {
        this.notificationAddresses = FormChecks.trimToNull(notificationAddresses);
    }

    /** This group's overdue limit in hours; {@code null}: the site's. */
    public Integer getOverdueHours() {
        return overdueHours;
    }

    @DataBoundSetter
    public void setOverdueHours(Integer overdueHours) {
        if (overdueHours != null) {
            AlertLimits.overdueHours(overdueHours).ifPresent(problem -> {
                throw new IllegalArgumentException("overdueHours: " + overdueHours + " is not " + problem);
            });
        }
        this.overdueHours = overdueHours;
    }

    /** The limit that applies: this group's, else the site's. */
    public int effectiveOverdueHours() {
        return overdueHours != null ? overdueHours : PlanbGlobalConfiguration.get().getOverdueHours();
    }

    /** Mail the notification addresses on a host's first failure and on its recovery (default on). */
    public boolean isMailStateChanges() {
        return mailStateChanges == null || mailStateChanges;
    }

    @DataBoundSetter
    public void setMailStateChanges(boolean mailStateChanges) {
        this.mailStateChanges = mailStateChanges;
    }

    /** Mail the notification addresses a daily digest (default on). */
    public boolean isMailDigest() {
        return mailDigest == null || mailDigest;
    }

    @DataBoundSetter
    public void setMailDigest(boolean mailDigest) {
        this.mailDigest = mailDigest;
    }

    /** The group's webhook; empty URLs when it has none. */
    public WebhookSettings getWebhook() {
        return webhook == null ? new WebhookSettings() : webhook;
    }

    @DataBoundSetter
    public void setWebhook(WebhookSettings webhook) {
        this.webhook = webhook;
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

        /** A name the storage cannot take is refused on the New Item page, not at the first build. */
        @Override
        public TopLevelItem newInstance(ItemGroup parent, String name) {
            Optional<String> problem = Rules.groupName(name);
            if (problem.isPresent()) {
                throw new Failure(Messages.HostGroup_BadName(name, problem.get()));
            }
            return new HostGroup(parent, name);
        }

        /** Groups live at the top level only, so two groups can never share a name and a dataset. */
        @Override
        public boolean isApplicableIn(ItemGroup parent) {
            return parent instanceof Jenkins;
        }

        @POST
        public FormValidation doCheckSchedule(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            try {
                new TimerTrigger(value.strip());
                return FormValidation.ok();
            } catch (RuntimeException e) {
                return FormValidation.error(Messages.HostGroup_BadSchedule(e.getMessage()));
            }
        }

        @POST
        public FormValidation doCheckOverdueHours(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return WholeNumbers.check(value, AlertLimits::overdueHours, true);
        }

        @POST
        public FormValidation doCheckNotificationAddresses(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return MailAddresses.check(value).map(FormValidation::error).orElse(FormValidation.ok());
        }

        @POST
        public FormValidation doCheckLabel(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.label(value, item);
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
    }
}
