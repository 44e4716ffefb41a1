package io.jenkins.plugins.planb.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.action.BuildReporting;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.config.FormChecks;
import io.jenkins.plugins.planb.config.Inheritable;
import io.jenkins.plugins.planb.core.config.BuiltinDefaults;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.freestyle.BackupStepFields;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code planbBackup host: 'acme/web01', address: 'web01.example.com', credentialsId: 'planb-key',
 * knownHostsEntry: '…'}: backs up one host on the current node and returns the run record as a
 * map ({@code outcome}, {@code snapshot}, {@code bytesTransferred}, …). The work runs off the
 * Pipeline thread and stops (killing rsync, taking no snapshot) when the build is aborted. A
 * PARTIAL run marks the build UNSTABLE; a FAILED one fails the step unless {@code failOnError: false}.
 */
public class PlanbBackupStep extends Step {

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
    private boolean sudo;
    private boolean ionice;
    private boolean failOnError = true;

    @DataBoundConstructor
    public PlanbBackupStep(String host) {
        this.host = host == null ? "" : host.strip();
    }

    BackupStepFields fields() {
        return new BackupStepFields(host, address, port, transport, root, remoteUser, credentialsId, knownHostsEntry,
                includes, excludes, retention, zfsParent, directoryPath,
                sudo ? Inheritable.ON : Inheritable.INHERIT, ionice ? Inheritable.ON : Inheritable.INHERIT);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(this, context);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final transient PlanbBackupStep step;

        Execution(PlanbBackupStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            FilePath workspace = getContext().get(FilePath.class);
            Launcher launcher = getContext().get(Launcher.class);
            HostBackup.Request request = step.fields().toRequestOrAbort();
            RunRecord record = HostBackup.run(run, HostBackup.tempParent(workspace), launcher, listener, request);
            Result result = BuildReporting.report(run, record, listener);
            if (Thread.interrupted()) {
                throw new InterruptedException("PlanB: backup aborted");
            }
            if (result == Result.UNSTABLE) {
                run.setResult(Result.UNSTABLE);
            }
            if (result == Result.FAILURE && step.isFailOnError()) {
                throw new AbortException("PlanB: backup of " + record.host() + " failed: " + record.error());
            }
            return StepResults.backup(record);
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

    public boolean isFailOnError() {
        return failOnError;
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        this.failOnError = failOnError;
    }

    @Extension
    @Symbol("planbBackup")
    public static final class DescriptorImpl extends PlanbStepDescriptor {

        @Override
        public String getFunctionName() {
            return "planbBackup";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PlanbBackupStep_DisplayName();
        }
    }
}
