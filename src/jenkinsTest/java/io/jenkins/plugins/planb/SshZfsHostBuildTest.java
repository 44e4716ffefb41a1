package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.FilePath;
import hudson.model.Label;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.BackupHostBuild;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.testing.SshServerExtension;
import io.jenkins.plugins.planb.testing.SystemRequirement;
import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A host build on a storage agent over real SSH (an sshd on 127.0.0.1 with its own keys) into a
 * real ZFS pool (zfs-fuse): the credential and the pinned host key as they are in production.
 */
@WithJenkins
class SshZfsHostBuildTest {

    @RegisterExtension
    static SshServerExtension ssh = new SshServerExtension();

    @RegisterExtension
    static ZfsPoolExtension zfs = new ZfsPoolExtension(2048); // three tests write up to 300 MiB each

    private static String parent;

    @BeforeAll
    static void parentDataset() throws Exception {
        SystemRequirement.require("setfattr", "the capability probe writes an xattr (Debian package attr)");
        parent = zfs.poolName() + "/BACKUP";
        ZfsPoolExtension.run(List.of("zfs", "create", parent));
    }

    private static BackupHost sshHost(JenkinsRule r, String group, String name, Path root) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new BasicSSHUserPrivateKey(
                CredentialsScope.GLOBAL, "planb-key-" + group, ssh.user(),
                new BasicSSHUserPrivateKey.DirectEntryPrivateKeySource(Files.readString(ssh.clientKey())), null,
                "test key"));
        HostGroup hostGroup = r.jenkins.createProject(HostGroup.class, group);
        hostGroup.setZfsParent(parent);
        BackupSettings settings = new BackupSettings();
        settings.setCredentialsId("planb-key-" + group);
        settings.setRemoteUser(ssh.user());
        hostGroup.setSettings(settings);
        hostGroup.save();
        BackupHost host = hostGroup.createProject(BackupHost.class, name);
        HostConnection connection = new HostConnection();
        connection.setAddress("127.0.0.1");
        connection.setPort(ssh.port());
        connection.setRoot(root.toString());
        connection.setKnownHostsEntry(ssh.knownHostsLine());
        host.setConnection(connection);
        host.save();
        return host;
    }

    @Test
    void backsUpOverSshIntoADatasetAndDeletesTheKeyFiles(JenkinsRule r, @TempDir Path temp) throws Exception {
        DumbSlave agent = r.createOnlineSlave(Label.get("planb"));
        Path source = Fixtures.sourceTree(temp);
        BackupHost host = sshHost(r, "acme", "web01", source);

        PlanbRunAction action = Fixtures.backUp(r, host, Result.SUCCESS);

        assertThat(action.getDataset()).isEqualTo(parent + "/acme/web01");
        String snapshots = ZfsPoolExtension.run(List.of("zfs", "list", "-H", "-t", "snapshot", "-o", "name", "-r",
                parent + "/acme/web01"));
        assertThat(snapshots).contains(parent + "/acme/web01@" + action.getSnapshot());
        assertThat(zfs.mountpoint().resolve("BACKUP/acme/web01/data/etc/app.conf")).hasContent("key=value");
        assertThat(privateDirectories(agent, host)).isEmpty();
        r.assertLogContains("pinned host key ssh-ed25519 SHA256:", host.getLastBuild());
    }

    @Test
    void anAbortKillsRsyncDeletesTheKeyFilesAndStillReportsTheRun(JenkinsRule r, @TempDir Path temp)
            throws Exception {
        DumbSlave agent = r.createOnlineSlave(Label.get("planb"));
        BackupHost host = sshHost(r, "slow", "db01", bigTree(temp));

        BackupHostBuild build = host.scheduleBuild2(0).waitForStart();
        r.waitForMessage("rsync", build);
        TimeUnit.MILLISECONDS.sleep(500);
        build.getExecutor().interrupt();
        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(build));

        PlanbRunAction action = build.getAction(PlanbRunAction.class);
        assertThat(action).as("the aborted run is still reported").isNotNull();
        assertThat(action.getOutcome()).isEqualTo("FAILED");
        assertThat(action.getSnapshot()).isNull();
        assertThat(privateDirectories(agent, host)).as("no key file left on the agent").isEmpty();
        assertThat(ZfsPoolExtension.run(List.of("zfs", "list", "-H", "-t", "snapshot", "-o", "name", "-r",
                parent + "/slow/db01")).strip()).as("no snapshot of a half transfer").isEmpty();
    }

    @Test
    void anAgentLostMidTransferStillReportsTheRunAndTheNextRunSweepsTheKeyFiles(JenkinsRule r, @TempDir Path temp)
            throws Exception {
        DumbSlave agent = r.createOnlineSlave(Label.get("planb"));
        Path source = bigTree(temp);
        BackupHost host = sshHost(r, "lost", "db01", source);

        BackupHostBuild build = host.scheduleBuild2(0).waitForStart();
        r.waitForMessage("rsync", build);
        TimeUnit.MILLISECONDS.sleep(500);
        agent.toComputer().disconnect(null).get();
        r.waitForCompletion(build);

        assertThat(build.getResult().isWorseThan(Result.UNSTABLE)).as(build.getResult().toString()).isTrue();
        PlanbRunAction action = build.getAction(PlanbRunAction.class);
        assertThat(action).as("the run is reported although its agent is gone").isNotNull();
        assertThat(action.getOutcome()).isEqualTo("FAILED");
        assertThat(action.getSnapshot()).isNull();

        agent.toComputer().connect(false).get();
        r.waitOnline(agent);
        Fixtures.backUp(r, host, Result.SUCCESS);
        assertThat(privateDirectories(agent, host)).as("the lost run's key files were swept").isEmpty();
    }

    /** 300 MiB of incompressible data: a transfer over loopback is still running a moment after it starts. */
    private static Path bigTree(Path temp) throws Exception {
        Path source = Files.createDirectories(temp.resolve("big"));
        byte[] block = new byte[1 << 20];
        new Random(7).nextBytes(block);
        try (RandomAccessFile file = new RandomAccessFile(source.resolve("data.bin").toFile(), "rw")) {
            for (int i = 0; i < 300; i++) {
                file.write(block);
            }
        }
        return source;
    }

    private static List<FilePath> privateDirectories(DumbSlave agent, BackupHost host) throws Exception {
        FilePath workspace = agent.getWorkspaceFor(host);
        FilePath tmp = workspace.sibling(workspace.getName() + "@tmp");
        return tmp.exists() ? tmp.listDirectories().stream().filter(d -> d.getName().startsWith("planb")).toList()
                : List.of();
    }
}
