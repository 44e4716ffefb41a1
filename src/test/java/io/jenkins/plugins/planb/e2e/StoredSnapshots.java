package io.jenkins.plugins.planb.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A host's snapshots as the storage itself shows them, read without PlanB's help, and each one
 * restored for comparison.
 */
interface StoredSnapshots {

    /** PlanB's snapshot names ({@code planb-YYYYMMDDTHHMMSSZ}). */
    Pattern PLANB_NAME = Pattern.compile("planb-\\d{8}T\\d{6}Z");

    /** PlanB's snapshots of the host, sorted by name (that is, by time). */
    List<String> names();

    /** A directory holding the snapshot's tree exactly as stored; read it, don't change it. */
    Path restore(String name);

    /** Directory storage: {@code <path>/<group>/<host>/.snapshots/<name>/}, read in place. */
    record Directory(Path hostDirectory) implements StoredSnapshots {

        @Override
        public List<String> names() {
            Path snapshots = hostDirectory.resolve(".snapshots");
            if (!Files.isDirectory(snapshots)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(snapshots)) {
                return entries.map(path -> path.getFileName().toString())
                        .filter(name -> PLANB_NAME.matcher(name).matches())
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Path restore(String name) {
            return hostDirectory.resolve(".snapshots").resolve(name);
        }
    }

    /**
     * ZFS: {@code <dataset>@<name>}. zfs-fuse has no {@code .zfs/snapshot} directory, so a
     * snapshot is restored as a clone; the snapshot's {@code data/} directory is the tree.
     */
    final class Zfs implements StoredSnapshots {
        private final String dataset;
        private final List<String> clones = new ArrayList<>();
        private int restores;

        Zfs(String dataset) {
            this.dataset = dataset;
        }

        @Override
        public List<String> names() {
            ExternalProcess.Result listed = ExternalProcess.run(List.of("zfs", "list", "-H", "-o", "name", "-t", "snapshot", "-r", dataset));
            if (listed.exitCode() != 0) {
                if (listed.stderrText().contains("does not exist")) {
                    return List.of();
                }
                listed.orThrow();
            }
            List<String> names = new ArrayList<>();
            for (String line : listed.stdoutText().split("\n")) {
                if (line.startsWith(dataset + "@")) {
                    String name = line.substring(dataset.length() + 1);
                    if (PLANB_NAME.matcher(name).matches()) {
                        names.add(name);
                    }
                }
            }
            names.sort(null);
            return names;
        }

        @Override
        public Path restore(String name) {
            String pool = dataset.substring(0, dataset.indexOf('/'));
            String clone = pool + "/restore-" + name.replace("planb-", "") + "-" + restores++;
            ExternalProcess.run(List.of("zfs", "clone", dataset + "@" + name, clone)).orThrow();
            clones.add(clone);
            String mountpoint = ExternalProcess.run(List.of("zfs", "get", "-H", "-o", "value", "mountpoint", clone))
                    .orThrow().stdoutText().strip();
            return Path.of(mountpoint, "data");
        }

        /** Destroys the clones {@link #restore} made. */
        void destroyClones() {
            for (String clone : clones) {
                // zfs-fuse reports "dataset is busy" for a moment after the clone was read.
                ExternalProcess.Result destroyed = ExternalProcess.run(List.of("zfs", "destroy", "-f", clone));
                for (int attempt = 0; attempt < 20 && destroyed.exitCode() != 0; attempt++) {
                    pause();
                    destroyed = ExternalProcess.run(List.of("zfs", "destroy", "-f", clone));
                }
                if (destroyed.exitCode() != 0) {
                    System.err.println("e2e: could not destroy clone " + clone + ": " + destroyed.stderrText().strip());
                }
            }
            clones.clear();
        }

        private static void pause() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
