package io.jenkins.plugins.planb.core.versions;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.restore.RestorePath;
import io.jenkins.plugins.planb.core.restore.RestoreRefused;
import io.jenkins.plugins.planb.core.run.HostLock;
import io.jenkins.plugins.planb.core.run.RunLog;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import io.jenkins.plugins.planb.core.storage.SnapshotTree;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of one file or directory across a host's snapshots, oldest first, read straight
 * from the snapshots (never from the live copy): each snapshot is opened
 * ({@link Storage#openSnapshot}: in place, or a temporary clone that is closed again before the
 * next one), the path read with {@link VersionReader}, and equal versions in consecutive
 * snapshots collapsed ({@link VersionTimeline}). It holds the host's lock while it reads, so no
 * retention destroys a snapshot under it.
 */
public final class PathHistory {

    /**
     * @param snapshots how many snapshots were read
     * @param spans     the collapsed timeline, oldest first
     * @param filesRead files read whole for a checksum (unchanged, hard-linked files are read once)
     */
    public record Result(HostId host, RestorePath path, int snapshots, List<VersionSpan> spans, long filesRead) {
        public Result {
            spans = List.copyOf(spans);
        }
    }

    private final Storage storage;
    private final HostLock.Factory locks;

    public PathHistory(Storage storage, HostLock.Factory locks) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    /**
     * @return empty when the host is being backed up (try later)
     * @throws RestoreRefused when the host has no snapshots or the path is in none of them
     */
    public Optional<Result> read(HostId host, RestorePath path, RunLog log)
            throws RestoreRefused, StorageException, IOException, InterruptedException {
        Optional<HostLock> lock = locks.tryLock(host);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try (HostLock held = lock.get()) {
            List<String> snapshots = storage.listSnapshots(host);
            if (snapshots.isEmpty()) {
                throw new RestoreRefused(host + " has no snapshots");
            }
            VersionReader reader = new VersionReader();
            List<VersionTimeline.Observation> observations = new ArrayList<>();
            for (String name : snapshots) {
                VersionTimeline.Observation observation = readOne(host, name, path, reader, log);
                if (observation != null) {
                    observations.add(observation);
                }
            }
            if (observations.stream().allMatch(o -> o.version() == null)) {
                throw new RestoreRefused("'" + path.relative() + "' is in none of the " + observations.size()
                        + " snapshots of " + host + " that could be read");
            }
            return Optional.of(new Result(host, path, observations.size(), VersionTimeline.collapse(observations),
                    reader.filesRead()));
        }
    }

    /** What one snapshot holds at the path; {@code null} (with a warning) when the snapshot cannot be opened. */
    private VersionTimeline.Observation readOne(HostId host, String name, RestorePath path, VersionReader reader,
            RunLog log) throws StorageException, IOException, InterruptedException {
        SnapshotTree tree;
        try {
            tree = storage.openSnapshot(host, name);
        } catch (StorageException e) {
            log.warn("snapshot " + name + " left out: " + e.getMessage());
            return null;
        }
        try {
            tree.notes().forEach(log::warn);
            return new VersionTimeline.Observation(name, SnapshotName.parse(name).orElse(null),
                    reader.read(Path.of(tree.root()), path).orElse(null));
        } finally {
            try {
                tree.close();
            } catch (StorageException e) {
                log.warn(e.getMessage()); // the reading is done; the admin must still destroy the clone
            }
        }
    }
}
