package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.core.storage.StoredDataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A read-only storage with its own snapshots and sizes per host, for report tests; writing is an error. */
final class PerHostStorage implements Storage {

    final Map<HostId, List<String>> snapshots = new HashMap<>();
    final Map<HostId, DatasetSizes> sizes = new HashMap<>();
    final Map<HostId, String> unreadable = new HashMap<>();
    final List<String> calls = new ArrayList<>();

    PerHostStorage host(String id, DatasetSizes sizes, String... snapshots) {
        HostId host = HostId.parse(id);
        this.sizes.put(host, sizes);
        this.snapshots.put(host, List.of(snapshots));
        return this;
    }

    @Override
    public String datasetName(HostId host) {
        return "tank/BACKUP/" + host;
    }

    @Override
    public List<String> listSnapshots(HostId host) throws StorageException {
        calls.add("list " + host);
        if (unreadable.containsKey(host)) {
            throw new StorageException(unreadable.get(host));
        }
        return snapshots.getOrDefault(host, List.of());
    }

    @Override
    public DatasetSizes sizes(HostId host) {
        calls.add("sizes " + host);
        return sizes.getOrDefault(host, DatasetSizes.UNKNOWN);
    }

    @Override
    public BackupTarget prepare(HostId host) {
        throw new AssertionError("a report must not prepare " + host);
    }

    @Override
    public void snapshot(BackupTarget target, String name) {
        throw new AssertionError("a report must not snapshot");
    }

    @Override
    public void abandon(BackupTarget target) {
        throw new AssertionError("a report must not abandon");
    }

    @Override
    public void destroySnapshots(HostId host, List<String> names) {
        throw new AssertionError("a report must not destroy " + names);
    }

    @Override
    public Capabilities capabilities(BackupTarget target) {
        throw new AssertionError("a report needs no capabilities");
    }

    @Override
    public List<StoredDataset> inventory() {
        throw new AssertionError("a report needs no inventory");
    }

    @Override
    public List<StoredDataset> measured(List<StoredDataset> datasets) {
        throw new AssertionError("a report measures no inventory");
    }
}
