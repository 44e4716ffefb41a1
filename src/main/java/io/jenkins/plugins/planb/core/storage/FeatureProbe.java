package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.io.IOException;
import java.util.List;

/**
 * Finds out whether a directory's filesystem really keeps {@code user.*} xattrs and POSIX
 * ACLs, by writing them on a scratch file and reading them back ({@code setfattr}/{@code
 * getfattr} from Debian's {@code attr}, {@code setfacl}/{@code getfacl} from {@code acl}).
 * Reading back matters: zfs-fuse accepts long xattr values and has been seen to return them
 * garbled, so "the write did not fail" is not proof. A missing tool counts as "not kept":
 * the run then leaves {@code -X}/{@code -A} out and reports it, rather than failing every host
 * with rsync exit 23.
 */
final class FeatureProbe {

    /** Longer than the ~64 bytes after which zfs-fuse was reported to garble values. */
    static final String XATTR_VALUE = "planb-probe-" + "0123456789abcdef".repeat(12);

    static final String XATTR_NAME = "user.planb.probe";

    private final StorageCommands commands;

    FeatureProbe(StorageCommands commands) {
        this.commands = commands;
    }

    /** Probes {@code directory}; an existing, writable directory. */
    Capabilities probe(String directory, boolean aclsPossible) throws IOException, InterruptedException {
        ExecResult created = commands.run(List.of("mktemp", "-p", directory, ".planb-probe.XXXXXXXX"));
        if (!created.succeeded() || created.stdout().isBlank()) {
            return new Capabilities(false, false);
        }
        String file = created.stdout().strip();
        try {
            return new Capabilities(xattrsKept(file), aclsPossible && aclsKept(file));
        } finally {
            commands.run(List.of("rm", "-f", "--", file));
        }
    }

    private boolean xattrsKept(String file) throws IOException, InterruptedException {
        ExecResult set = commands.run(List.of("setfattr", "-n", XATTR_NAME, "-v", XATTR_VALUE, "--", file));
        if (!set.succeeded()) {
            return false;
        }
        ExecResult read = commands.run(List.of("getfattr", "--only-values", "-n", XATTR_NAME, "--", file));
        return read.succeeded() && read.stdout().strip().equals(XATTR_VALUE);
    }

    private boolean aclsKept(String file) throws IOException, InterruptedException {
        // A named-user entry is what a plain mode cannot express; uid 65534 needs no passwd entry.
        ExecResult set = commands.run(List.of("setfacl", "-m", "u:65534:r", "--", file));
        if (!set.succeeded()) {
            return false;
        }
        ExecResult read = commands.run(List.of("getfacl", "--numeric", "--omit-header", "--", file));
        return read.succeeded() && StorageCommands.lines(read).stream().anyMatch(l -> l.startsWith("user:65534:r"));
    }
}
