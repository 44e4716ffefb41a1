package io.jenkins.plugins.planb.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two trees without losing a byte, and lists every difference.
 *
 * <ol>
 *   <li>{@code rsync -naHAXc --numeric-ids --delete --modify-window=-1 --itemize-changes}: a dry
 *       run from the expected tree onto the actual one prints one line per item that differs in
 *       content (by checksum, not size and time), type, permissions with setuid/setgid/sticky,
 *       mtime to the nanosecond or second (files, directories and symlinks), numeric owner or group,
 *       symlink target, ACL, xattr, hard-link leader; and "deleting" for extra items. Identical
 *       trees print nothing.</li>
 *   <li>Hard-link groups by inode, both ways: rsync only reports a link the expected tree has
 *       and the actual lacks, not extra links in the actual tree.</li>
 *   <li>Sparseness: rsync never reports a file whose holes were filled in.</li>
 * </ol>
 *
 * {@code TreeComparatorITest} proves each kind of difference is caught.
 *
 * @param acls            compare POSIX ACLs (off for storage without them, such as zfs-fuse)
 * @param xattrs          compare extended attributes
 * @param nanosecondTimes compare mtimes to the nanosecond, else to the second (zfs-fuse keeps
 *                        whole seconds only: FUSE's utimens there drops the fraction)
 */
record TreeComparator(boolean acls, boolean xattrs, boolean nanosecondTimes) {

    static TreeComparator everything() {
        return new TreeComparator(true, true, true);
    }

    /** What zfs-fuse can keep: no ACLs, whole-second mtimes. */
    static TreeComparator zfsFuse() {
        return new TreeComparator(false, true, false);
    }

    /** Every difference between the trees, one line each; empty when they are the same. */
    List<String> differences(Path expected, Path actual) {
        List<String> differences = new ArrayList<>(rsyncDifferences(expected, actual));
        Set<Set<String>> expectedGroups = hardLinkGroups(expected);
        Set<Set<String>> actualGroups = hardLinkGroups(actual);
        if (!expectedGroups.equals(actualGroups)) {
            differences.add("hard-link groups differ: expected " + printable(expectedGroups) + " but was " + printable(actualGroups));
        }
        Map<String, Long> actualAllocated = allocatedBytesOfFiles(actual);
        for (Map.Entry<String, long[]> file : regularFiles(expected).entrySet()) {
            long size = file.getValue()[1];
            boolean sparse = file.getValue()[0] * 2 < size;
            Long allocated = actualAllocated.get(file.getKey());
            if (sparse && allocated != null && allocated * 2 >= size) {
                differences.add("no longer sparse: " + printable(file.getKey()) + " has " + allocated + " of " + size + " bytes allocated");
            }
        }
        return differences;
    }

    private List<String> rsyncDifferences(Path expected, Path actual) {
        List<String> argv = new ArrayList<>(List.of("rsync", "--dry-run", "--archive", "--hard-links", "--checksum",
                "--numeric-ids", "--delete", "--itemize-changes"));
        if (nanosecondTimes) {
            argv.add("--modify-window=-1");
        }
        if (acls) {
            argv.add("--acls");
        }
        if (xattrs) {
            argv.add("--xattrs");
        }
        argv.add(expected + "/");
        argv.add(actual + "/");
        ExternalProcess.Result result = ExternalProcess.run(argv).orThrow();
        List<String> lines = new ArrayList<>();
        for (String line : result.stdoutBytes().split("\n")) {
            if (!line.isEmpty()) {
                lines.add("rsync: " + line);
            }
        }
        return lines;
    }

    /** Sets of names (bytes as ISO-8859-1) that share an inode, for every non-directory with links. */
    static Set<Set<String>> hardLinkGroups(Path tree) {
        Map<String, Set<String>> byInode = new HashMap<>();
        for (String[] fields : find(tree, "%i %n %P\\0")) {
            if (Long.parseLong(fields[1]) > 1) {
                byInode.computeIfAbsent(fields[0], inode -> new TreeSet<>()).add(fields[2]);
            }
        }
        Set<Set<String>> groups = new HashSet<>();
        for (Set<String> group : byInode.values()) {
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** Allocated bytes per regular file (from {@code st_blocks}). */
    static Map<String, Long> allocatedBytesOfFiles(Path tree) {
        Map<String, Long> allocated = new HashMap<>();
        regularFiles(tree).forEach((name, blocksAndSize) -> allocated.put(name, blocksAndSize[0]));
        return allocated;
    }

    private static Map<String, long[]> regularFiles(Path tree) {
        Map<String, long[]> files = new HashMap<>();
        for (String[] fields : findFiles(tree)) {
            files.put(fields[2], new long[] {Long.parseLong(fields[0]) * 512, Long.parseLong(fields[1])});
        }
        return files;
    }

    private static List<String[]> findFiles(Path tree) {
        return parse(ExternalProcess.run(List.of("find", tree.toString(), "-type", "f", "-printf", "%b %s %P\\0")).orThrow());
    }

    private static List<String[]> find(Path tree, String format) {
        return parse(ExternalProcess.run(List.of("find", tree.toString(), "-mindepth", "1", "!", "-type", "d", "-printf", format))
                .orThrow());
    }

    private static List<String[]> parse(ExternalProcess.Result result) {
        List<String[]> records = new ArrayList<>();
        for (String record : result.stdoutBytes().split("\0")) {
            if (!record.isEmpty()) {
                records.add(record.split(" ", 3));
            }
        }
        return records;
    }

    /** A name for a message: printable ASCII kept, every other byte as \xNN. */
    static String printable(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\x%02x", (int) c & 0xff));
            }
        }
        return out.toString();
    }
}
