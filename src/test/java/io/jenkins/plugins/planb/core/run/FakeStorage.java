package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.core.storage.StoredDataset;
import io.jenkins.plugins.planb.core.storage.WriteMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory storage that records every call, for lifecycle tests. */
public final class FakeStorage implements Storage {

    public final List<String> snapshots = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final List<List<String>> destroyCalls = new ArrayList<>();
    Capabilities capabilities = Capabilities.ALL;
    public DatasetSizes sizes = new DatasetSizes(300, 200, 100);
    StorageException failPrepare;
    StorageException failSnapshot;
    /** Takes the snapshot, then reports an interrupt, as a kill during {@code zfs snapshot} can. */
    boolean interruptAfterSnapshot;
    RuntimeException failDestroy;
    /** How the target of {@link #prepare} is written, and what the storage notes about it. */
    WriteMode writes = WriteMode.REPLACE;
    List<String> notes = List.of();
    /** What {@link #afterTransfer} asks for: a second pass into this target, or none. */
    Optional<BackupTarget> secondPass = Optional.empty();

    /** What {@link #inventory} lists. */
    public final List<StoredDataset> inventory = new ArrayList<>();
    /** What {@link #measured} finds for an unmeasured dataset, by location; unknown otherwise. */
    public final Map<String, StoredDataset.Usage> usage = new HashMap<>();

    public FakeStorage(String... existing) {
        snapshots.addAll(List.of(existing));
    }

    @Override
    public String datasetName(HostId host) {
        return "tank/" + host;
    }

    @Override
    public BackupTarget prepare(HostId host) throws StorageException {
        calls.add("prepare");
        if (failPrepare != null) {
            throw failPrepare;
        }
        return new BackupTarget(host, datasetName(host), "/mnt/tank/" + host + "/data/", null, writes, notes);
    }

    @Override
    public Optional<BackupTarget> afterTransfer(BackupTarget target) {
        calls.add("afterTransfer " + target.writes());
        return secondPass;
    }

    @Override
    public void snapshot(BackupTarget target, String name) throws StorageException, InterruptedException {
        calls.add("snapshot " + name);
        if (failSnapshot != null) {
            throw failSnapshot;
        }
        snapshots.add(name);
        if (interruptAfterSnapshot) {
            throw new InterruptedException("killed during the snapshot");
        }
    }

    @Override
    public void abandon(BackupTarget target) {
        calls.add("abandon");
    }

    @Override
    public List<String> listSnapshots(HostId host) {
        calls.add("list");
        return List.copyOf(snapshots);
    }

    @Override
    public void destroySnapshots(HostId host, List<String> names) {
        calls.add("destroy");
        if (failDestroy != null) {
            throw failDestroy;
        }
        destroyCalls.add(List.copyOf(names));
        snapshots.removeAll(names);
    }

    @Override
    public DatasetSizes sizes(HostId host) {
        calls.add("sizes");
        return sizes;
    }

    @Override
    public Capabilities capabilities(BackupTarget target) {
        calls.add("capabilities");
        return capabilities;
    }

    @Override
    public List<StoredDataset> inventory() {
        calls.add("inventory");
        return List.copyOf(inventory);
    }

    @Override
    public List<StoredDataset> measured(List<StoredDataset> datasets) {
        calls.add("measured " + datasets.size());
        return datasets.stream()
                .map(d -> d.usage() != null ? d : d.withUsage(usage.getOrDefault(d.location(), StoredDataset.Usage.UNKNOWN)))
                .toList();
    }

    /** Every call so far, e.g. {@code prepare}, {@code snapshot NAME}, {@code inventory}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}
