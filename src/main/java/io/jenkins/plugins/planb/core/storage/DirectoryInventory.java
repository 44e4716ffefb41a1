package io.jenkins.plugins.planb.core.storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the NUL-separated output of the commands {@link DirectoryStorage} lists its tree with,
 * so names with blanks or newlines arrive whole: the group and host directories
 * ({@code find -printf '%d/%P\0'}), their sizes ({@code du -0}) and their snapshots
 * ({@code find -printf '%C@ %p\0'}).
 */
final class DirectoryInventory {

    /** The directory {@code mkfs.ext4} puts at the root of a file system; never a group of ours. */
    static final String LOST_AND_FOUND = "lost+found";

    private DirectoryInventory() {}

    /**
     * The group directories (depth 1) and host directories (depth 2) below {@code root}. Hidden
     * names and {@code lost+found} are left out: no group or host can have such a name, and
     * they are not PlanB's to report.
     */
    static List<StoredDataset> tree(String root, String output, Function<String, List<String>> removeArgv) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String[]> hosts = new ArrayList<>();
        for (String record : records(output)) {
            int slash = record.indexOf('/');
            if (slash <= 0) {
                continue;
            }
            String depth = record.substring(0, slash);
            String path = record.substring(slash + 1);
            if (depth.equals("1") && isCandidate(path) && !path.equals(LOST_AND_FOUND)) {
                groups.putIfAbsent(path, new ArrayList<>());
            } else if (depth.equals("2")) {
                int separator = path.indexOf('/');
                if (separator > 0 && isCandidate(path.substring(separator + 1))) {
                    hosts.add(new String[] {path.substring(0, separator), path.substring(separator + 1)});
                }
            }
        }
        List<StoredDataset> datasets = new ArrayList<>();
        for (String[] host : hosts) {
            if (groups.containsKey(host[0])) {
                groups.get(host[0]).add(host[1]);
                String location = root + "/" + host[0] + "/" + host[1];
                datasets.add(new StoredDataset(host[0], host[1], location, List.of(), null, removeArgv.apply(location)));
            }
        }
        groups.forEach((group, members) -> {
            String location = root + "/" + group;
            datasets.add(new StoredDataset(group, null, location, members.stream().sorted().toList(), null,
                    removeArgv.apply(location)));
        });
        datasets.sort(Comparator.comparing(StoredDataset::location));
        return datasets;
    }

    private static boolean isCandidate(String name) {
        return !name.isEmpty() && !name.startsWith(".");
    }

    /** {@code du -s -0 --block-size=1} output: bytes by path. */
    static Map<String, Long> sizes(String output) {
        Map<String, Long> sizes = new HashMap<>();
        for (String record : records(output)) {
            int tab = record.indexOf('\t');
            if (tab > 0) {
                try {
                    sizes.put(record.substring(tab + 1), Long.parseLong(record.substring(0, tab)));
                } catch (NumberFormatException e) {
                    // not a du line
                }
            }
        }
        return sizes;
    }

    /**
     * The newest snapshot and the count per owner, from {@code find <dirs>/.snapshots -mindepth 1
     * -maxdepth 1 -type d -printf '%C@ %p\0'}. A snapshot's owner is the host directory holding
     * its {@code .snapshots}; {@code label} says how the snapshot is named for that owner (for
     * a group-level directory, {@code host@name}). Work directories ({@code .incomplete} and
     * the like) are no snapshots. PlanB's own are timed by their name, others by their ctime,
     * as {@link DirectoryStorage#listSnapshots} orders them.
     */
    static Map<String, StoredDataset.Usage> snapshots(String output, Function<String, String> ownerOf,
            Function<String, String> labelPrefix) {
        record Newest(BigDecimal time, String name) {}
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Newest> newest = new HashMap<>();
        String marker = "/" + DirectoryStorage.SNAPSHOTS + "/";
        for (String record : records(output)) {
            int space = record.indexOf(' ');
            int snapshots = record.lastIndexOf(marker);
            if (space <= 0 || snapshots < space) {
                continue;
            }
            String hostDirectory = record.substring(space + 1, snapshots);
            String name = record.substring(snapshots + marker.length());
            String owner = ownerOf.apply(hostDirectory);
            if (owner == null || !StorageNames.isSafe(name)) {
                continue;
            }
            BigDecimal time;
            try {
                time = SnapshotName.parse(name).map(instant -> BigDecimal.valueOf(instant.getEpochSecond()))
                        .orElseGet(() -> new BigDecimal(record.substring(0, space)));
            } catch (NumberFormatException e) {
                continue;
            }
            String label = labelPrefix.apply(hostDirectory) + name;
            counts.merge(owner, 1, Integer::sum);
            Newest before = newest.get(owner);
            if (before == null || time.compareTo(before.time()) > 0
                    || time.compareTo(before.time()) == 0 && label.compareTo(before.name()) > 0) {
                newest.put(owner, new Newest(time, label));
            }
        }
        Map<String, StoredDataset.Usage> usage = new HashMap<>();
        counts.forEach((owner, count) -> {
            Newest top = newest.get(owner);
            BigDecimal seconds = top.time().setScale(3, java.math.RoundingMode.FLOOR);
            Instant at = Instant.ofEpochMilli(seconds.movePointRight(3).longValueExact());
            usage.put(owner, new StoredDataset.Usage(-1, count, top.name(), at));
        });
        return usage;
    }

    /** The output split at NULs, without empty records. */
    static List<String> records(String output) {
        List<String> records = new ArrayList<>();
        for (String record : output.split("\0")) {
            if (!record.isEmpty()) {
                records.add(record);
            }
        }
        return records;
    }
}
