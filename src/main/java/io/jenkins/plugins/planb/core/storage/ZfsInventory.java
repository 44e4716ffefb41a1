package io.jenkins.plugins.planb.core.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what {@code zfs get -H -p -r -o name,property,value used,creation <parent>} prints about
 * the tree below the parent: the group-level datasets ({@code <parent>/<group>}) and host-level
 * ones ({@code <parent>/<group>/<host>}) with their {@code used}, and every snapshot with its
 * {@code creation}. One command lists everything, where {@code zfs list -p} would be two and is
 * unknown to zfs-fuse.
 *
 * <p>Datasets deeper down (children of a host's dataset) are part of their host's dataset and its
 * {@code used}; only a group-level dataset counts their snapshots, since {@code zfs destroy -r}
 * of the group removes them too.
 */
final class ZfsInventory {

    private final String parent;
    private final Function<String, List<String>> removeArgv;
    /** Group- and host-level datasets by name, with what the listing said about them. */
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private ZfsInventory(String parent, Function<String, List<String>> removeArgv) {
        this.parent = parent;
        this.removeArgv = removeArgv;
    }

    /**
     * @param lines      the command's output lines
     * @param removeArgv the command that would remove a dataset by name (shown, never run)
     */
    static List<StoredDataset> parse(String parent, List<String> lines, Function<String, List<String>> removeArgv) {
        ZfsInventory inventory = new ZfsInventory(parent, removeArgv);
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 3) {
                inventory.add(fields[0], fields[1], fields[2].strip());
            }
        }
        return inventory.datasets();
    }

    private void add(String name, String property, String value) {
        if (!name.startsWith(parent + "/") || name.indexOf('#') >= 0) {
            return; // the parent itself, its snapshots, bookmarks
        }
        int at = name.indexOf('@');
        String dataset = at < 0 ? name : name.substring(0, at);
        String[] path = dataset.substring(parent.length() + 1).split("/");
        if (at < 0) {
            if (path.length <= 2 && property.equals("used")) {
                entry(path).used = number(value);
            }
            return;
        }
        if (!property.equals("creation")) {
            return;
        }
        String snapshot = name.substring(at + 1);
        long created = number(value);
        Entry group = entry(new String[] {path[0]});
        String below = dataset.substring(parent.length() + 1 + path[0].length());
        group.snapshot(below.isEmpty() ? snapshot : below.substring(1) + "@" + snapshot, created);
        if (path.length == 2) {
            entry(path).snapshot(snapshot, created);
        }
    }

    private Entry entry(String[] path) {
        String key = path.length == 1 ? path[0] : path[0] + "/" + path[1];
        return entries.computeIfAbsent(key, k -> new Entry(path[0], path.length == 1 ? null : path[1]));
    }

    private List<StoredDataset> datasets() {
        Map<String, List<String>> hostsByGroup = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            hostsByGroup.computeIfAbsent(entry.group, g -> new ArrayList<>());
            if (entry.host != null) {
                hostsByGroup.get(entry.group).add(entry.host);
            }
        }
        List<StoredDataset> datasets = new ArrayList<>();
        for (Entry entry : entries.values()) {
            String location = parent + "/" + entry.group + (entry.host == null ? "" : "/" + entry.host);
            List<String> hosts = entry.host == null ? hostsByGroup.get(entry.group).stream().sorted().toList() : List.of();
            StoredDataset.Usage usage = new StoredDataset.Usage(entry.used, entry.snapshots, entry.newest,
                    entry.newest == null || entry.newestCreated < 0 ? null : Instant.ofEpochSecond(entry.newestCreated));
            datasets.add(new StoredDataset(entry.group, entry.host, location, hosts, usage, removeArgv.apply(location)));
        }
        datasets.sort(Comparator.comparing(StoredDataset::location));
        return datasets;
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1; // "-" where the property does not apply
        }
    }

    private static final class Entry {
        final String group;
        final String host;
        long used = -1;
        int snapshots;
        String newest;
        long newestCreated = Long.MIN_VALUE;

        Entry(String group, String host) {
            this.group = group;
            this.host = host;
        }

        /** Equal creation times (one second) go to the later line: zfs lists snapshots oldest first. */
        void snapshot(String name, long created) {
            snapshots++;
            if (newest == null || created >= newestCreated) {
                newest = name;
                newestCreated = created;
            }
        }
    }
}
