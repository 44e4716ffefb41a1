package io.jenkins.plugins.planb.item;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Descriptor;
import hudson.model.Descriptor.FormException;
import hudson.model.Failure;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Label;
import hudson.model.Saveable;
import hudson.model.TopLevelItem;
import hudson.tasks.Publisher;
import hudson.triggers.TimerTrigger;
import hudson.util.DescribableList;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.config.SettingsResolver;
import io.jenkins.plugins.planb.config.StorageLabelled;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.summary.HostSummaryFile;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * A host to back up. Its build is always "back up this host" on the storage agent its group
 * names; everything else Jenkins offers a project (publishers, triggers, properties, build
 * discarder) works as usual. Settings left empty here come from the {@link HostGroup}, then
 * from the site's {@link PlanbGlobalConfiguration}. Builds of one host never run concurrently.
 *
 * <p>The item's name and its group's name are the host's storage identity
 * ({@code <parent>/<group>/<host>}, the host lock, the run records), so a host cannot be renamed
 * or moved: its history would stay behind in a dataset nobody rotates. Create a new host instead.
 */
public class BackupHost extends AbstractProject<BackupHost, BackupHostBuild> implements TopLevelItem, StorageLabelled {

    private static final Logger LOGGER = Logger.getLogger(BackupHost.class.getName());

    private HostConnection connection;
    private BackupSettings settings;

    /*
     * The connection's fields written straight under the host, as hand-written XML (Job DSL
     * configure blocks, create-job) tends to: read once into the connection by onLoad, then null,
     * so they are never written back.
     */
    private String transport;
    private String address;
    private Integer port;
    private String root;
    private String knownHostsEntry;

    private volatile DescribableList<Publisher, Descriptor<Publisher>> publishers;

    /** Read from planb-summary.json on first use; see {@link HostSummaryFile}. */
    private transient volatile HostSummary summary;

    /** The newest run {@link #recordRun} added, and the summary before it: see {@link #summaryBefore}. */
    private transient RunRecord lastRecorded;
    private transient HostSummary beforeLastRecorded;

    public BackupHost(ItemGroup parent, String name) {
        super(parent, name);
        connection = new HostConnection();
        settings = new BackupSettings();
    }

    /**
     * Items read from XML (Job DSL, {@code create-job}, REST {@code createItem}, hand edits) are
     * built without constructors: give every part left out its default, so nothing downstream (the
     * queue asks {@link #getAssignedLabel} of every item) meets a null.
     */
    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        super.onLoad(parent, name);
        if (connection == null) {
            connection = new HostConnection();
        }
        takeFlatConnectionFields();
        if (settings == null) {
            settings = new BackupSettings();
        }
        getPublishersList().setOwner((Saveable) this);
        // Reload Configuration from Disk keeps this object: read planb-summary.json again as well.
        synchronized (this) {
            summary = null;
            lastRecorded = null;
            beforeLastRecorded = null;
        }
    }

    private void takeFlatConnectionFields() {
        if (transport != null) {
            connection.setTransport(transport);
        }
        if (address != null) {
            connection.setAddress(address);
        }
        if (port != null) {
            connection.setPort(port);
        }
        if (root != null) {
            connection.setRoot(root);
        }
        if (knownHostsEntry != null) {
            connection.setKnownHostsEntry(knownHostsEntry);
        }
        transport = null;
        address = null;
        port = null;
        root = null;
        knownHostsEntry = null;
    }

    /**
     * A new host (from New Item, a copy, or XML) gets its group's schedule unless it brings a
     * timer of its own, and the timer starts now rather than at the next restart.
     */
    @Override
    public void onCreatedFromScratch() {
        super.onCreatedFromScratch();
        if (getTrigger(TimerTrigger.class) != null) {
            return;
        }
        String schedule = resolvedSettings().schedule();
        try {
            TimerTrigger trigger = timer(schedule);
            addTrigger(trigger);
            trigger.start(this, true);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot add the schedule '" + schedule + "' to " + getFullName(), e);
        }
    }

    /** The group's schedule; the built-in one when the group's cannot be parsed (its form says so). */
    private TimerTrigger timer(String schedule) {
        try {
            return new TimerTrigger(schedule);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "the schedule '" + schedule + "' of " + getGroupName() + " is not valid; "
                    + getFullName() + " gets " + SettingsResolver.DEFAULT_SCHEDULE, e);
            return new TimerTrigger(SettingsResolver.DEFAULT_SCHEDULE);
        }
    }

    @Override
    protected void checkRename(@NonNull String newName) throws Failure {
        throw new Failure(Messages.BackupHost_NoRename(getName()));
    }

    /** The group this host belongs to, or null when it was created outside one. */
    public HostGroup getGroup() {
        ItemGroup<?> parent = getParent();
        return parent instanceof HostGroup ? (HostGroup) parent : null;
    }

    /** The group part of {@code group/host}: the host group's name. */
    public String getGroupName() {
        HostGroup group = getGroup();
        return group == null ? "default" : group.getName();
    }

    public HostConnection getConnection() {
        return connection == null ? new HostConnection() : connection;
    }

    @DataBoundSetter
    public void setConnection(HostConnection connection) {
        this.connection = connection == null ? new HostConnection() : connection;
    }

    public BackupSettings getSettings() {
        return settings == null ? new BackupSettings() : settings;
    }

    @DataBoundSetter
    public void setSettings(BackupSettings settings) {
        this.settings = settings == null ? new BackupSettings() : settings;
    }

    /** Host, then group, then site, then built-in defaults. */
    public ResolvedSettings resolvedSettings() {
        HostGroup group = getGroup();
        return SettingsResolver.resolve(getSettings().toLayer(), group == null ? null : group.toLayer(),
                PlanbGlobalConfiguration.get().toLayer());
    }

    /** {@code group/host}: the host's identity in storage, locks and run records. */
    public HostId hostId() {
        return new HostId(getGroupName(), getName());
    }

    /** The host's state for lists, monitors and the status API, without walking its builds. */
    public HostSummary summary() {
        HostSummary known = summary;
        if (known == null) {
            synchronized (this) {
                known = summary;
                if (known == null) {
                    known = HostSummaryFile.load(getRootDir().toPath(), hostId(), getBuilds(), null);
                    summary = known;
                }
            }
        }
        return known;
    }

    /** Hours without a snapshot after which this host is overdue: its group's limit, else the site's. */
    public int overdueHours() {
        HostGroup group = getGroup();
        return group != null ? group.effectiveOverdueHours() : PlanbGlobalConfiguration.get().getOverdueHours();
    }

    /** Whether this host is enabled and has had no good backup for longer than {@link #overdueHours()}. */
    public boolean isOverdue(long now) {
        return !isDisabled() && summary().isOverdue(now, TimeUnit.HOURS.toMillis(overdueHours()));
    }

    /** Adds a finished backup of this host to its summary and saves it. */
    public synchronized void recordRun(RunRecord record) {
        HostSummary before = summary;
        if (before == null) {
            before = HostSummaryFile.load(getRootDir().toPath(), hostId(), getBuilds(), record);
        }
        HostSummary next = before.after(record);
        lastRecorded = record;
        beforeLastRecorded = before;
        summary = next;
        HostSummaryFile.save(getRootDir().toPath(), next);
    }

    /**
     * The host's summary as it was before {@code record}, whether or not {@link #recordRun} has
     * added it yet: listeners that compare a run with the state before it (notifications) need not
     * care in which order the backup listeners are called.
     */
    public synchronized HostSummary summaryBefore(RunRecord record) {
        if (record.equals(lastRecorded)) {
            return beforeLastRecorded;
        }
        HostSummary known = summary;
        return known != null ? known : HostSummaryFile.load(getRootDir().toPath(), hostId(), getBuilds(), record);
    }

    /**
     * Brings the summary up to date after a prune outside a backup: the snapshots left and the
     * space measured afterwards (see {@link HostSummary#afterPrune}).
     */
    public synchronized void recordPrune(int snapshotsLeft, DatasetSizes sizes) {
        HostSummary next = summary().afterPrune(snapshotsLeft, sizes);
        summary = next;
        HostSummaryFile.save(getRootDir().toPath(), next);
    }

    /** What a build of this host asks the engine to do. */
    public HostBackup.Request backupRequest() {
        return new HostBackup.Request(hostId(), getConnection().toFields(),
                resolvedSettings());
    }

    @Override
    public String storageLabel() {
        HostGroup group = getGroup();
        return SettingsResolver.label(group == null ? null : group.toLayer(), PlanbGlobalConfiguration.get().toLayer());
    }

    /**
     * The storage agent: the label its group (or the site) names. Called by the queue for every
     * item on every maintenance pass, so it must never throw.
     */
    @Override
    public Label getAssignedLabel() {
        return Label.get(getAssignedLabelString());
    }

    @Override
    public String getAssignedLabelString() {
        try {
            return storageLabel();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot resolve the storage label of " + getFullName(), e);
            return SettingsResolver.DEFAULT_LABEL;
        }
    }

    /** The build link says what a build of a host does. */
    @Override
    public String getBuildNowText() {
        return Messages.BackupHost_BackUpNow();
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
        setConnection(req.bindJSON(HostConnection.class, form.getJSONObject("connection")));
        setSettings(req.bindJSON(BackupSettings.class, form.getJSONObject("settings")));
        getPublishersList().rebuildHetero(req, form, Publisher.all(), "publisher");
    }

    @Override
    public DescriptorImpl getDescriptor() {
        return (DescriptorImpl) Jenkins.get().getDescriptorOrDie(getClass());
    }

    /** Registers the item type; the form's checks live with {@link HostConnection} and {@link BackupSettings}. */
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

        /** A name the storage cannot take is refused here, on the New Item page, not at the first build. */
        @Override
        public TopLevelItem newInstance(ItemGroup parent, String name) {
            Optional<String> problem = Rules.hostName(name);
            if (problem.isPresent()) {
                throw new Failure(Messages.BackupHost_BadName(name, problem.get()));
            }
            return new BackupHost(parent, name);
        }
    }
}
