package io.jenkins.plugins.planb.item;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Computer;
import hudson.model.Descriptor;
import hudson.model.Descriptor.FormException;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.model.TopLevelItem;
import hudson.tasks.Publisher;
import hudson.triggers.TimerTrigger;
import hudson.util.DescribableList;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.backup.HostFields;
import io.jenkins.plugins.planb.backup.KnownHostsEntry;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.Inheritable;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.config.SettingLayer;
import io.jenkins.plugins.planb.config.SettingsResolver;
import io.jenkins.plugins.planb.core.config.BuiltinDefaults;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.transport.HostKey;
import io.jenkins.plugins.planb.core.transport.HostKeys;
import io.jenkins.plugins.planb.credentials.SshKeyCredentials;
import io.jenkins.plugins.planb.exec.LauncherCommandRunner;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 * A host to back up. Its build is always "back up this host" on the storage agent its group
 * names; everything else Jenkins offers a project (publishers, triggers, properties, build
 * discarder) works as usual. Settings left empty here come from the {@link HostGroup}, then
 * from the site's {@link PlanbGlobalConfiguration}. Builds of one host never run concurrently.
 */
public class BackupHost extends AbstractProject<BackupHost, BackupHostBuild> implements TopLevelItem {

    private static final Logger LOGGER = Logger.getLogger(BackupHost.class.getName());

    private String address;
    private int port = BuiltinDefaults.PORT;
    private String transport = "ssh";
    private String root = BuiltinDefaults.ROOT;
    private String remoteUser;
    private String credentialsId;
    private String retention;
    private String includes;
    private String excludes;
    private Inheritable sudo = Inheritable.INHERIT;
    private Inheritable ionice = Inheritable.INHERIT;
    private String knownHostsEntry;

    private volatile DescribableList<Publisher, Descriptor<Publisher>> publishers;

    public BackupHost(ItemGroup parent, String name) {
        super(parent, name);
    }

    @Override
    public void onCreatedFromScratch() {
        super.onCreatedFromScratch();
        try {
            addTrigger(new TimerTrigger(resolvedSettings().schedule()));
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot add the default schedule to " + getFullName(), e);
        }
    }

    /** The group this host belongs to, or null when it was created outside one. */
    public HostGroup getGroup() {
        return getParent() instanceof HostGroup group ? group : null;
    }

    /** The group part of {@code group/host}: the host group's name. */
    public String getGroupName() {
        HostGroup group = getGroup();
        return group == null ? "default" : group.getName();
    }

    /** The host's own level in the settings hierarchy. */
    public SettingLayer toLayer() {
        return new SettingLayer(retention, null, null, null, null, null, remoteUser, sudo.value(), ionice.value(),
                credentialsId, SettingsResolver.lines(includes), SettingsResolver.lines(excludes), null);
    }

    /** Host, then group, then site, then built-in defaults. */
    public ResolvedSettings resolvedSettings() {
        HostGroup group = getGroup();
        PlanbGlobalConfiguration site = PlanbGlobalConfiguration.get();
        return SettingsResolver.resolve(toLayer(), group == null ? null : group.toLayer(), site.toLayer());
    }

    /** What a build of this host asks the engine to do. */
    public HostBackup.Request backupRequest() {
        return new HostBackup.Request(new HostId(getGroupName(), getName()),
                new HostFields(transport, address, port, root, knownHostsEntry == null ? "" : knownHostsEntry),
                resolvedSettings());
    }

    /** The storage agent: the label its group (or the site) names. */
    @Override
    public Label getAssignedLabel() {
        return Label.get(resolvedSettings().label());
    }

    /** Two backups of one host at once would write into the same live copy. */
    @Override
    public boolean isConcurrentBuild() {
        return false;
    }

    @Override
    public DescribableList<Publisher, Descriptor<Publisher>> getPublishersList() {
        if (publishers == null) {
            synchronized (this) {
                if (publishers == null) {
                    publishers = new DescribableList<>(this);
                }
            }
        }
        return publishers;
    }

    @Override
    protected Class<BackupHostBuild> getBuildClass() {
        return BackupHostBuild.class;
    }

    @Override
    public boolean isFingerprintConfigured() {
        return false;
    }

    @Override
    protected void submit(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException, FormException {
        super.submit(req, rsp);
        JSONObject form = req.getSubmittedForm();
        setAddress(form.optString("address"));
        setPort(form.optInt("port", BuiltinDefaults.PORT));
        setTransport(form.optString("transport"));
        setRoot(form.optString("root"));
        setRemoteUser(form.optString("remoteUser"));
        setCredentialsId(form.optString("credentialsId"));
        setRetention(form.optString("retention"));
        setIncludes(form.optString("includes"));
        setExcludes(form.optString("excludes"));
        setSudo(Inheritable.of(form.optString("sudo")));
        setIonice(Inheritable.of(form.optString("ionice")));
        setKnownHostsEntry(form.optString("knownHostsEntry"));
        getPublishersList().rebuildHetero(req, form, Publisher.all(), "publisher");
    }

    public String getAddress() {
        return address;
    }

    @DataBoundSetter
    public void setAddress(String address) {
        this.address = FormChecks.trimToNull(address);
    }

    public int getPort() {
        return port;
    }

    @DataBoundSetter
    public void setPort(int port) {
        this.port = port;
    }

    public String getTransport() {
        return transport;
    }

    @DataBoundSetter
    public void setTransport(String transport) {
        this.transport = transport == null || transport.isBlank() ? "ssh" : transport.strip();
    }

    public String getRoot() {
        return root;
    }

    @DataBoundSetter
    public void setRoot(String root) {
        this.root = root == null || root.isBlank() ? BuiltinDefaults.ROOT : root.strip();
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
        return sudo;
    }

    @DataBoundSetter
    public void setSudo(Inheritable sudo) {
        this.sudo = sudo == null ? Inheritable.INHERIT : sudo;
    }

    public Inheritable getIonice() {
        return ionice;
    }

    @DataBoundSetter
    public void setIonice(Inheritable ionice) {
        this.ionice = ionice == null ? Inheritable.INHERIT : ionice;
    }

    public String getKnownHostsEntry() {
        return knownHostsEntry;
    }

    @DataBoundSetter
    public void setKnownHostsEntry(String knownHostsEntry) {
        this.knownHostsEntry = FormChecks.trimToNull(knownHostsEntry);
    }

    @Override
    public DescriptorImpl getDescriptor() {
        return (DescriptorImpl) Jenkins.get().getDescriptorOrDie(getClass());
    }

    /** Registers the item type and serves the host form's checks and the "Fetch host key" button. */
    @Extension
    @Symbol("planbHost")
    public static class DescriptorImpl extends AbstractProjectDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.BackupHost_DisplayName();
        }

        @NonNull
        @Override
        public String getDescription() {
            return Messages.BackupHost_Description();
        }

        @NonNull
        @Override
        public String getCategoryId() {
            return PlanbCategory.ID;
        }

        @Override
        public String getIconClassName() {
            return "symbol-desktop-outline plugin-ionicons-api";
        }

        /** Hosts live in host groups only: the group part of {@code group/host} is the folder. */
        @Override
        public boolean isApplicableIn(ItemGroup parent) {
            return parent instanceof HostGroup;
        }

        @Override
        public TopLevelItem newInstance(ItemGroup parent, String name) {
            return new BackupHost(parent, name);
        }

        @POST
        public FormValidation doCheckAddress(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String transport) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.address(value, transport);
        }

        @POST
        public FormValidation doCheckPort(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.port(value);
        }

        @POST
        public FormValidation doCheckTransport(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.required(value, Rules::transport);
        }

        @POST
        public ListBoxModel doFillTransportItems(@AncestorInPath Item item) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            ListBoxModel model = new ListBoxModel();
            model.add(Messages.BackupHost_TransportSsh(), "ssh");
            model.add(Messages.BackupHost_TransportLocal(), "local");
            return model;
        }

        @POST
        public FormValidation doCheckRoot(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.optional(value, Rules::remoteRoot);
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

        @POST
        public FormValidation doCheckKnownHostsEntry(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String address, @QueryParameter String port, @QueryParameter String transport) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            if ("local".equals(transport)) {
                return FormValidation.ok();
            }
            if (value == null || value.isBlank()) {
                return FormValidation.warning(Messages.BackupHost_NoHostKey());
            }
            try {
                KnownHostsEntry.fileContent(value, address == null ? "" : address, parsePort(port));
                return FormValidation.ok(String.join("\n", KnownHostsEntry.fingerprints(value)));
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
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

        /**
         * "Fetch host key": runs {@code ssh-keyscan} on an online storage agent of the host's label
         * and shows the keys with their fingerprints. Nothing is stored: the admin compares the
         * fingerprint with the host's own ({@code ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub})
         * and pastes the line into "Pinned host key".
         */
        @POST
        public FormValidation doFetchHostKey(@AncestorInPath Item item, @QueryParameter String address,
                @QueryParameter String port) throws InterruptedException {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            if (Rules.address(address).isPresent()) {
                return FormValidation.error(Rules.address(address).get());
            }
            int portNumber = parsePort(port);
            Node agent = storageAgent(item);
            if (agent == null) {
                return FormValidation.error(Messages.BackupHost_NoAgentOnline());
            }
            try {
                LauncherCommandRunner runner = new LauncherCommandRunner(agent.createLauncher(TaskListener.NULL),
                        TaskListener.NULL, null);
                ExecResult scan = runner.run(HostKeys.scanCommand(address, portNumber, Duration.ofSeconds(10)));
                List<HostKey> keys = HostKeys.parseScan(scan.stdout());
                if (keys.isEmpty()) {
                    return FormValidation.error(Messages.BackupHost_NoKeysFound(address, scan.firstErrorLine()));
                }
                StringBuilder text = new StringBuilder(Messages.BackupHost_KeysFound(agent.getNodeName()));
                for (HostKey key : keys) {
                    text.append('\n').append(key.fingerprint()).append('\n')
                            .append(HostKeys.knownHostsName(address, portNumber)).append(' ').append(key);
                }
                return FormValidation.ok(text.toString());
            } catch (IOException | RuntimeException e) {
                return FormValidation.error(Messages.BackupHost_ScanFailed(e.getMessage()));
            }
        }

        private static Node storageAgent(Item item) {
            String label = item instanceof BackupHost host ? host.resolvedSettings().label()
                    : SettingsResolver.DEFAULT_LABEL;
            Label parsed = Label.get(label);
            if (parsed == null) {
                return null;
            }
            for (Node node : parsed.getNodes()) {
                Computer computer = node.toComputer();
                if (computer != null && computer.isOnline()) {
                    return node;
                }
            }
            return null;
        }

        private static int parsePort(String port) {
            try {
                return port == null || port.isBlank() ? BuiltinDefaults.PORT : Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                return BuiltinDefaults.PORT;
            }
        }

    }
}
