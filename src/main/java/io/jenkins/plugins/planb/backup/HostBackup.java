package io.jenkins.plugins.planb.backup;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.run.BackupRunner;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.run.RunRecorder;
import io.jenkins.plugins.planb.core.transport.TransferClassifier;
import io.jenkins.plugins.planb.exec.BuildRunLog;
import io.jenkins.plugins.planb.exec.LauncherCommandRunner;
import io.jenkins.plugins.planb.exec.PrivateFiles;
import io.jenkins.plugins.planb.exec.SecretMasker;
import io.jenkins.plugins.planb.credentials.SshKeyCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;

/**
 * One backup of one host inside a Jenkins build, on the node of {@code launcher}: resolves the
 * SSH key credential, writes it and the pinned host key to private files on that node, hands the
 * transfer to the engine's {@link BackupRunner} and deletes the files again, whatever happened.
 *
 * <p>{@link #transfer} is the engine's first phase alone (what a host build's body and the
 * freestyle builder do); {@link PendingBackup#snapshotAndRotate} the second, which needs neither
 * the key nor the host. {@link #run} chains both, for the Pipeline step.
 */
public final class HostBackup {

    static final String KEY_FILE = "id_planb";
    static final String KNOWN_HOSTS_FILE = "known_hosts";

    /** Everything a backup needs besides the build. */
    public record Request(HostId id, HostFields host, ResolvedSettings settings) {}

    private HostBackup() {}

    /**
     * Where a job's step writes the run's private files: Jenkins' {@code <workspace>@tmp} next to
     * the workspace, so they never land among the job's own files; the workspace when there is none.
     */
    public static FilePath tempParent(FilePath workspace) {
        FilePath sibling = workspace.sibling(workspace.getName() + "@tmp");
        return sibling == null ? workspace : sibling;
    }

    /**
     * Both phases: transfer, then snapshot and rotate.
     *
     * @param tempParent a directory on the node for the private files (not the workspace itself)
     * @param env        the build's environment, for every command
     * @throws InterruptedException when the build was aborted; the engine has already killed
     *                              rsync and taken no snapshot
     */
    public static RunRecord run(Run<?, ?> run, FilePath tempParent, Launcher launcher, EnvVars env,
            TaskListener listener, Request request) throws IOException, InterruptedException {
        try (PendingBackup pending = transfer(run, tempParent, launcher, env, listener, request)) {
            return pending.snapshotAndRotate();
        }
    }

    /**
     * The engine's first phase: lock, checks, rsync and its classification. The key files are
     * deleted before this returns. The caller must end the result (snapshot-and-rotate, abandon,
     * or close) within the same build: until then it holds the host's lock.
     *
     * @param tempParent a directory on the node for the private files (not the workspace itself)
     * @throws AbortException when the settings or the credential are unusable; nothing ran
     */
    public static PendingBackup transfer(Run<?, ?> run, FilePath tempParent, Launcher launcher, EnvVars env,
            TaskListener listener, Request request) throws IOException, InterruptedException {
        PrintStream out = listener.getLogger();
        boolean ssh = !"local".equals(request.host().transport());
        Map<String, String> files = new LinkedHashMap<>();
        List<String> secrets = new ArrayList<>();
        if (ssh) {
            try {
                files.put(KNOWN_HOSTS_FILE, KnownHostsEntry.fileContent(request.host().knownHostsEntry(),
                        request.host().address(), request.host().port()));
            } catch (IllegalArgumentException e) {
                throw new AbortException("PlanB: " + request.id() + ": " + e.getMessage());
            }
            for (String fingerprint : KnownHostsEntry.fingerprints(request.host().knownHostsEntry())) {
                out.println("[planb] pinned host key " + fingerprint);
            }
            String credentialsId = request.settings().credentialsId();
            if (!credentialsId.isEmpty()) {
                SSHUserPrivateKey key = SshKeyCredentials.forBuild(credentialsId, run, request.host().address(),
                        request.host().port());
                Secret passphrase = key.getPassphrase();
                if (passphrase != null && !passphrase.getPlainText().isEmpty()) {
                    secrets.add(passphrase.getPlainText());
                    throw new AbortException("PlanB: the SSH key credential '" + credentialsId + "' has a passphrase; "
                            + "unattended backups need a key without one (restrict it on the host instead)");
                }
                List<String> keys = key.getPrivateKeys();
                if (keys.isEmpty()) {
                    throw new AbortException("PlanB: the SSH key credential '" + credentialsId + "' holds no key");
                }
                String keyText = keys.get(0).endsWith("\n") ? keys.get(0) : keys.get(0) + "\n";
                secrets.add(keyText.strip());
                files.put(KEY_FILE, keyText);
            }
        }
        SecretMasker masker = new SecretMasker(secrets);
        BuildRunLog log = new BuildRunLog(out, masker);
        if (files.isEmpty()) {
            return startEngine(launcher, env, listener, request, null, null, log);
        }
        PrivateFiles written = PrivateFiles.write(tempParent, files);
        try {
            Path keyFile = files.containsKey(KEY_FILE) ? Path.of(written.path(KEY_FILE)) : null;
            Path knownHosts = Path.of(written.path(KNOWN_HOSTS_FILE));
            return startEngine(launcher, env, listener, request, keyFile, knownHosts, log);
        } finally {
            deleteOrWarn(written, out);
        }
    }

    /**
     * Deleting the key files must neither lose the run (its record is reported whatever happened)
     * nor pass silently: a key left behind on a lost agent is said in the log, and a host build's
     * next run sweeps it.
     */
    private static void deleteOrWarn(PrivateFiles written, PrintStream out) {
        try {
            written.close();
        } catch (IOException e) {
            out.println("[planb] WARNING: could not delete the private key files " + written.path("") + ": " + e);
        }
    }

    private static PendingBackup startEngine(Launcher launcher, EnvVars env, TaskListener listener, Request request,
            Path keyFile, Path knownHosts, BuildRunLog log) throws AbortException {
        HostSpec spec;
        try {
            spec = HostSpecFactory.create(request.id(), request.host(), request.settings(), keyFile, knownHosts);
        } catch (InvalidSettingsException e) {
            throw new AbortException("PlanB: " + request.id() + ": " + e.getMessage());
        }
        LauncherCommandRunner runner = new LauncherCommandRunner(launcher, listener, null, env);
        BackupRunner engine = new BackupRunner(
                EngineWiring.storage(request.settings().storage(), runner),
                runner,
                EngineWiring.transfer(),
                EngineWiring.locks(Jenkins.get().getRootDir().toPath()),
                RunRecorder.NONE,
                log,
                Clock.systemUTC());
        return new PendingBackup(engine, engine.transfer(spec), listener.getLogger());
    }

    /** The run's summary in the build log. */
    static void report(PrintStream out, RunRecord record) {
        out.println("[planb] " + record.host() + ": " + record.outcome()
                + (record.snapshot() == null ? "" : ", snapshot " + record.snapshot())
                + (record.dataset() == null ? "" : ", dataset " + record.dataset()));
        if (record.rsyncExitCode() != null) {
            out.println("[planb] rsync exit " + record.rsyncExitCode() + ": " + record.filesTransferred() + " of "
                    + record.filesTotal() + " files, " + record.bytesTransferred() + " bytes transferred");
        }
        if (!record.destroyedSnapshots().isEmpty()) {
            out.println("[planb] retention destroyed " + String.join(", ", record.destroyedSnapshots()));
        }
        if (record.error() != null) {
            String error = record.error();
            if (TransferClassifier.isHostKeyError(error)) {
                out.println("[planb] HOST KEY MISMATCH: " + error + ". If the host was reinstalled, fetch its new key"
                        + " on the host's configuration page (Fetch host key), check the fingerprint and pin it;"
                        + " otherwise someone may be intercepting the connection.");
            } else {
                out.println("[planb] " + error);
            }
        }
    }

    /** Whether the thread was interrupted (the build aborted) during the run; clears nothing. */
    public static boolean aborted() {
        return Thread.currentThread().isInterrupted();
    }
}
