package io.jenkins.plugins.planb.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.planb.action.BuildReporting;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.backup.PendingBackup;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.Inheritable;
import io.jenkins.plugins.planb.core.config.BuiltinDefaults;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.credentials.SshKeyCredentials;
import java.io.IOException;
import jenkins.model.Jenkins;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Freestyle build step: transfer one host with the engine, on the node the build runs on.
 *
 * <p>When the job also has a {@link PlanbSnapshotRecorder} for the same host, a good transfer is
 * left to it (see {@link PendingTransfers}): the snapshot and retention then run as a post-build
 * step, after any later build steps, and the build's result and run action come from there.
 * Without such a recorder (or in a Pipeline) the builder does both phases at once, so a transfer
 * never goes without its snapshot. Either way, a failed transfer is never snapshotted.
 */
public class PlanbBackupBuilder extends Builder implements SimpleBuildStep {

    private final String host;
    private String address;
    private int port = BuiltinDefaults.PORT;
    private String transport = "ssh";
    private String root = BuiltinDefaults.ROOT;
    private String remoteUser;
    private String credentialsId;
    private String knownHostsEntry;
    private String includes;
    private String excludes;
    private String retention;
    private String zfsParent;
    private String directoryPath;

    @DataBoundConstructor
    public PlanbBackupBuilder(String host) {
        this.host = host == null ? "" : host.strip();
    }

    BackupStepFields fields() {
        return new BackupStepFields(host, address, port, transport, root, remoteUser, credentialsId, knownHostsEntry,
                includes, excludes, retention, zfsParent, directoryPath, Inheritable.INHERIT, Inheritable.INHERIT);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        HostBackup.Request request = fields().toRequestOrAbort();
        FilePath privateParent = HostBackup.tempParent(workspace);
        if (!PendingTransfers.recorderFollows(run, request.id())) {
            // Nobody would take the snapshot later: do both phases now, as the Pipeline step does.
            conclude(run, HostBackup.run(run, privateParent, launcher, listener, request), listener);
            return;
        }
        PendingBackup transfer = HostBackup.transfer(run, privateParent, launcher, listener, request);
        if (!transfer.awaitsSnapshot()) {
            conclude(run, transfer.snapshotAndRotate(), listener); // SKIPPED or FAILED: over, no snapshot
            return;
        }
        PendingTransfers.put(run, transfer);
        listener.getLogger().println("[planb] " + transfer.host() + ": transfer " + transfer.transferOutcome()
                + "; the snapshot follows in the post-build step " + Messages.PlanbSnapshotRecorder_DisplayName());
        if (transfer.transferOutcome() == Outcome.PARTIAL) {
            run.setResult(Result.UNSTABLE);
        }
    }

    /**
     * Turns a finished run into the build's result, run action, description and listener calls;
     * fails the step for a FAILED or SKIPPED run, so that later steps do not build on it.
     */
    static void conclude(Run<?, ?> run, RunRecord record, TaskListener listener)
            throws IOException, InterruptedException {
        Result result = BuildReporting.report(run, record, listener);
        if (Thread.interrupted()) {
            throw new InterruptedException("PlanB: backup aborted");
        }
        if (result.isWorseThan(Result.SUCCESS)) {
            run.setResult(result);
        }
        if (result.isWorseOrEqualTo(Result.FAILURE)) {
            throw new AbortException("PlanB: backup of " + record.host() + " failed: " + record.error());
        }
    }

    public String getHost() {
        return host;
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

    public String getKnownHostsEntry() {
        return knownHostsEntry;
    }

    @DataBoundSetter
    public void setKnownHostsEntry(String knownHostsEntry) {
        this.knownHostsEntry = FormChecks.trimToNull(knownHostsEntry);
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

    @Extension
    @Symbol("planbTransfer")
    public static final class DescriptorImpl extends HostStepDescriptor<Builder> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbBackupBuilder_DisplayName();
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

        @POST
        public FormValidation doCheckKnownHostsEntry(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String transport) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return StepChecks.knownHosts(value, transport);
        }

    }
}
