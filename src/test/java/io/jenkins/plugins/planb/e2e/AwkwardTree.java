package io.jenkins.plugins.planb.e2e;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree of awkward things PlanB must keep, made by {@code awkward-tree.sh} (bash and printf,
 * because Java cannot name files whose names are not UTF-8). {@link #state} rebuilds the tree
 * as it was after a number of in-place mutations, an oracle that does not depend on rsync.
 *
 * @param owners with files owned by uid/gid 4242 and 4343 without passwd entries (root only)
 * @param acls   with a POSIX ACL (only for storage that keeps ACLs)
 */
record AwkwardTree(boolean owners, boolean acls) {

    /** The last mutation step that a backup must preserve (step 3 only fools rsync's quick check). */
    static final int LAST_BACKED_UP_STEP = 2;

    /** Whether this JVM runs as root, which owning files by other uids needs. */
    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"))
                || ExternalProcess.run(List.of("id", "-u")).stdoutText().strip().equals("0");
    }

    void build(Path dir) {
        script("build", dir.toString());
    }

    void mutate(Path dir, int step) {
        script("mutate", dir.toString(), Integer.toString(step));
    }

    /** The tree as it was after {@code step} mutations, built fresh in {@code dir}. */
    void state(Path dir, int step) {
        script("state", dir.toString(), Integer.toString(step));
    }

    /** {@code files} files of {@code kib} KiB of random data, for transfers that take a while. */
    static void bulk(Path dir, int files, int kib) {
        new AwkwardTree(false, false).script("bulk", dir.toString(), Integer.toString(files), Integer.toString(kib));
    }

    private void script(String... arguments) {
        List<String> argv = new ArrayList<>(List.of("bash", scriptPath().toString()));
        argv.addAll(List.of(arguments));
        Map<String, String> environment = new HashMap<>();
        environment.put("TREE_OWNERS", owners ? "1" : "0");
        environment.put("TREE_ACLS", acls ? "1" : "0");
        ExternalProcess.run(argv, environment, Duration.ofMinutes(5)).orThrow();
    }

    static Path scriptPath() {
        try {
            return Path.of(AwkwardTree.class.getResource("awkward-tree.sh").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
