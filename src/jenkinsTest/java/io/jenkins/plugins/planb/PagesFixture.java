package io.jenkins.plugins.planb;

import hudson.model.Result;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The group the page tests look at, built for real on the built-in node (labelled {@code planb})
 * with directory storage: {@code ok} backed up twice, {@code failing} backed up once and then
 * failed, {@code broken} failed on every run, {@code fresh} never ran.
 */
final class PagesFixture {

    final HostGroup group;
    final Path storage;
    final BackupHost ok;
    final BackupHost failing;
    final BackupHost broken;
    final BackupHost fresh;

    private PagesFixture(HostGroup group, Path storage, BackupHost ok, BackupHost failing, BackupHost broken,
            BackupHost fresh) {
        this.group = group;
        this.storage = storage;
        this.ok = ok;
        this.failing = failing;
        this.broken = broken;
        this.fresh = fresh;
    }

    static PagesFixture build(JenkinsRule r, Path temp) throws Exception {
        r.jenkins.setLabelString("planb");
        Path storage = Files.createDirectories(temp.resolve("storage"));
        HostGroup group = Fixtures.group(r, "acme", storage);
        Path source = Fixtures.sourceTree(temp);
        BackupHost ok = Fixtures.localHost(group, "web01", source);
        Fixtures.backUp(r, ok, Result.SUCCESS);
        Fixtures.backUp(r, ok, Result.SUCCESS);

        BackupHost failing = Fixtures.localHost(group, "db01", source);
        Fixtures.backUp(r, failing, Result.SUCCESS);
        HostConnection gone = new HostConnection();
        gone.setTransport("local");
        gone.setRoot(temp.resolve("gone").toString());
        failing.setConnection(gone);
        failing.save();
        Fixtures.backUp(r, failing, Result.FAILURE);

        BackupHost broken = Fixtures.localHost(group, "mail01", temp.resolve("does-not-exist"));
        Fixtures.backUp(r, broken, Result.FAILURE);

        BackupHost fresh = Fixtures.localHost(group, "new01", source);
        return new PagesFixture(group, storage, ok, failing, broken, fresh);
    }
}
