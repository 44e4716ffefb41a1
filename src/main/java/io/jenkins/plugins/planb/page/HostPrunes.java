package io.jenkins.plugins.planb.page;

import hudson.model.Computer;
import hudson.model.Node;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.planb.backup.EngineWiring;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.run.HostLock;
import io.jenkins.plugins.planb.core.run.Timestamps;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.exec.BuildRunLog;
import io.jenkins.plugins.planb.exec.SecretMasker;
import io.jenkins.plugins.planb.exec.StorageAgents;
import io.jenkins.plugins.planb.item.BackupHost;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * Prunes started from a host's snapshot page. A prune runs in the background on the storage
 * agent (destroying many snapshots can take longer than a browser waits), through the same
 * engine code as a build's retention ({@link StorageTasks#pruneReviewed}: the retention planner,
 * then the storage's destroy), under the host's lock, so never beside a backup of that host. It
 * destroys only what the person reviewed. Its log is appended to {@value #LOG} in the host's
 * directory, which the snapshot page shows; at most one prune per host runs at a time.
 */
public final class HostPrunes {

    /** The host's prune log, beside its builds. */
    static final String LOG = "planb-prunes.log";

    /** How much of the log's end the page shows. */
    static final int TAIL_BYTES = 16 * 1024;

    private static final Logger LOGGER = Logger.getLogger(HostPrunes.class.getName());

    private static final Map<String, Running> RUNNING = new ConcurrentHashMap<>();

    /** A prune under way: who started it and when. */
    public record Running(String user, long startedAt) {

        public String getUser() {
            return user;
        }

        public String getStarted() {
            return Timestamps.iso(Instant.ofEpochMilli(startedAt));
        }
    }

    private HostPrunes() {}

    /** The prune of {@code host} under way, or {@code null}. */
    static Running running(BackupHost host) {
        return RUNNING.get(host.getFullName());
    }

    /**
     * Starts a prune of what {@code reviewed} names, unless one of this host runs.
     *
     * @return false when a prune of the host is already running
     */
    static boolean start(BackupHost host, List<String> reviewed, String user) {
        Running running = new Running(user, System.currentTimeMillis());
        if (RUNNING.putIfAbsent(host.getFullName(), running) != null) {
            return false;
        }
        try {
            Computer.threadPoolForRemoting.submit(() -> {
                try {
                    prune(host, reviewed, user);
                } finally {
                    RUNNING.remove(host.getFullName(), running);
                }
            });
        } catch (RuntimeException e) {
            RUNNING.remove(host.getFullName(), running);
            throw e;
        }
        return true;
    }

    /** The prune itself, on this thread; every outcome is written to the host's prune log. */
    static void prune(BackupHost host, List<String> reviewed, String user) {
        HostId id = host.hostId();
        try (PrintStream out = new PrintStream(append(host.getRootDir().toPath()), true, StandardCharsets.UTF_8)) {
            BuildRunLog log = new BuildRunLog(out, SecretMasker.none());
            out.println(Timestamps.iso(Instant.now()) + " prune of " + id + " by " + user + "; reviewed to destroy: "
                    + (reviewed.isEmpty() ? "nothing" : String.join(", ", reviewed)));
            String result = pruneOnAgent(host, id, reviewed, log, out);
            out.println(Timestamps.iso(Instant.now()) + " " + result);
            LOGGER.log(Level.INFO, "PlanB: prune of {0} by {1}: {2}", new Object[] {id, user, result});
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "PlanB: prune of " + id + " by " + user + " failed", e);
        }
    }

    private static String pruneOnAgent(BackupHost host, HostId id, List<String> reviewed, BuildRunLog log,
            PrintStream out) {
        ResolvedSettings settings = host.resolvedSettings();
        StorageSpec storage = settings.storage();
        if (storage == null) {
            return "nothing destroyed: no storage is set for this host";
        }
        RetentionPolicy policy;
        try {
            policy = RetentionPolicy.parse(settings.retention());
        } catch (IllegalArgumentException e) {
            return "nothing destroyed: the retention policy is not valid: " + e.getMessage();
        }
        String label = host.storageLabel();
        Node node = StorageAgents.online(label);
        if (node == null) {
            return "nothing destroyed: no online agent has the storage label '" + label + "'";
        }
        Optional<HostLock> lock;
        try {
            lock = EngineWiring.locks(Jenkins.get().getRootDir().toPath()).tryLock(id);
        } catch (IOException e) {
            return "nothing destroyed: cannot take the host's lock: " + e.getMessage();
        }
        if (lock.isEmpty()) {
            return "nothing destroyed: a backup of " + id + " is running; prune again once it has ended";
        }
        try (HostLock held = lock.get()) {
            log.info("on agent " + StorageAgents.name(node) + ", policy " + policy);
            StorageTasks tasks = StorageTasks.onAgent(storage, node, new StreamTaskListener(out, StandardCharsets.UTF_8),
                    log);
            StorageTasks.ReviewedPrune pruned = tasks.pruneReviewed(id, policy, reviewed);
            if (!pruned.unreviewed().isEmpty()) {
                return "nothing destroyed: since the review the policy also destroys "
                        + String.join(", ", pruned.unreviewed()) + "; review the prune again";
            }
            host.recordPrune(pruned.snapshotsLeft(), tasks.sizes(id));
            return "done: destroyed " + pruned.destroyed().size() + " snapshot" + (pruned.destroyed().size() == 1 ? "" : "s")
                    + ", " + pruned.snapshotsLeft() + " left";
        } catch (StorageException | IOException e) {
            return "failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted: what was destroyed is not known; open the snapshot page again";
        }
    }

    /** The end of the host's prune log, or "" when it has none. */
    static String logTail(BackupHost host) {
        Path file = logFile(host);
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, raf.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (raf.length() - start)];
            raf.seek(start);
            raf.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return start == 0 ? text : text.substring(Math.min(text.length(), text.indexOf('\n') + 1));
        } catch (IOException e) {
            return "cannot read " + file + ": " + e.getMessage();
        }
    }

    static Path logFile(BackupHost host) {
        return host.getRootDir().toPath().resolve(LOG);
    }

    /** The prune log of the host item in {@code itemDirectory}, opened to append. */
    private static OutputStream append(Path itemDirectory) throws IOException {
        Files.createDirectories(itemDirectory);
        return Files.newOutputStream(itemDirectory.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
