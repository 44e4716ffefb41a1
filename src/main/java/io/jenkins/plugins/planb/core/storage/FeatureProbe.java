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

    /**
     * What the probe found, and whether that is the filesystem's answer ({@code conclusive})
     * rather than a missing tool, a sudoers entry or a scratch file that could not be made:
     * only a conclusive answer may be remembered beyond this run.
     */
    record Result(Capabilities capabilities, boolean conclusive) {}

    private final StorageCommands commands;

    FeatureProbe(StorageCommands commands) {
        this.commands = commands;
    }

    /** Probes {@code directory}; an existing, writable directory. */
    Capabilities probe(String directory, boolean aclsPossible) throws IOException, InterruptedException {
        return examine(directory, aclsPossible).capabilities();
    }

    /** Probes {@code directory} and says whether the answer is the filesystem's own. */
    Result examine(String directory, boolean aclsPossible) throws IOException, InterruptedException {
        ExecResult created = commands.run(List.of("mktemp", "-p", directory, ".planb-probe.XXXXXXXX"));
        if (!created.succeeded() || created.stdout().isBlank()) {
            return new Result(new Capabilities(false, false), false);
        }
        String file = created.stdout().strip();
        try {
            boolean[] conclusive = {true};
            boolean xattrs = xattrsKept(file, conclusive);
            boolean acls = aclsPossible && aclsKept(file, conclusive);
            return new Result(new Capabilities(xattrs, acls), conclusive[0]);
        } finally {
            commands.run(List.of("rm", "-f", "--", file));
        }
    }

    private boolean xattrsKept(String file, boolean[] conclusive) throws IOException, InterruptedException {
        ExecResult set = commands.run(List.of("setfattr", "-n", XATTR_NAME, "-v", XATTR_VALUE, "--", file));
        if (!answered(set, conclusive)) {
            return false;
        }
        ExecResult read = commands.run(List.of("getfattr", "--only-values", "-n", XATTR_NAME, "--", file));
        return answered(read, conclusive) && read.stdout().strip().equals(XATTR_VALUE);
    }

    private boolean aclsKept(String file, boolean[] conclusive) throws IOException, InterruptedException {
        // A named-user entry is what a plain mode cannot express; uid 65534 needs no passwd entry.
        ExecResult set = commands.run(List.of("setfacl", "-m", "u:65534:r", "--", file));
        if (!answered(set, conclusive)) {
            return false;
        }
        ExecResult read = commands.run(List.of("getfacl", "--numeric", "--omit-header", "--", file));
        return answered(read, conclusive) && StorageCommands.lines(read).stream().anyMatch(l -> l.startsWith("user:65534:r"));
    }

    /**
     * Whether the command succeeded; a failure that is not the filesystem speaking (not found,
     * not executable, refused by sudo, timed out) marks the whole result inconclusive.
     */
    private static boolean answered(ExecResult result, boolean[] conclusive) {
        if (result.succeeded()) {
            return true;
        }
        if (result.timedOut() || result.exitCode() == 126 || result.exitCode() == 127
                || result.stderr().startsWith("sudo:") || result.stderr().contains("\nsudo:")) {
            conclusive[0] = false;
        }
        return false;
    }
}
