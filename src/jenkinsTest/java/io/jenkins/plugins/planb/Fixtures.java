package io.jenkins.plugins.planb;

import hudson.model.Result;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.config.HostConnection;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.BackupHostBuild;
import io.jenkins.plugins.planb.item.HostGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvnet.hudson.test.JenkinsRule;

/** Groups, hosts and source trees the Jenkins tests share: directory storage and the local transport, for real. */
final class Fixtures {

    private Fixtures() {}

    /** A small tree worth backing up: a file, a subdirectory, a hard link and a symlink. */
    static Path sourceTree(Path parent) throws IOException {
        Path source = Files.createDirectories(parent.resolve("source"));
        Files.writeString(source.resolve("hello.txt"), "hello\n");
        Files.createDirectories(source.resolve("etc"));
        Files.writeString(source.resolve("etc/app.conf"), "key=value\n");
        Files.createLink(source.resolve("etc/app.conf.link"), source.resolve("etc/app.conf"));
        Files.createSymbolicLink(source.resolve("etc/current"), Path.of("app.conf"));
        return source;
    }

    /** A group at the top level whose hosts keep their backups as directories under {@code storage}. */
    static HostGroup group(JenkinsRule r, String name, Path storage) throws IOException {
        HostGroup group = r.jenkins.createProject(HostGroup.class, name);
        group.setDirectoryPath(storage.toString());
        group.save();
        return group;
    }

    /** A host that copies {@code root} of the storage agent itself. */
    static BackupHost localHost(HostGroup group, String name, Path root) throws IOException {
        BackupHost host = group.createProject(BackupHost.class, name);
        HostConnection connection = new HostConnection();
        connection.setTransport("local");
        connection.setRoot(root.toString());
        host.setConnection(connection);
        host.save();
        return host;
    }

    /** Builds the host, expects {@code expected}, and returns the build's PlanB record. */
    static PlanbRunAction backUp(JenkinsRule r, BackupHost host, Result expected) throws Exception {
        BackupHostBuild build = r.assertBuildStatus(expected, host.scheduleBuild2(0));
        PlanbRunAction action = build.getAction(PlanbRunAction.class);
        if (action == null) {
            throw new AssertionError("no PlanB run action on " + build + ":\n" + JenkinsRule.getLog(build));
        }
        return action;
    }
}
