package io.jenkins.plugins.planb.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link StaleReportScenario} on directory storage (its state directory inside the storage, as
 * {@code planb first-run} sets it up): sizes checked against {@code du -s --block-size=1}.
 */
class StaleReportDirectoryITest extends StaleReportScenario {

    private Path root;

    @Override
    E2eConfig storage(Path work) {
        root = work.resolve("store");
        return E2eConfig.directoryStorage(root, root.resolve("state"));
    }

    @Override
    String location(String group, String host) {
        return root.resolve(group) + (host == null ? "" : "/" + host);
    }

    @Override
    void makeStray(String group, String host, int bytes, String snapshot) {
        Path directory = Path.of(location(group, host));
        write(directory.resolve(snapshot == null ? "data" : ".snapshots/" + snapshot).resolve("left-behind"), bytes,
                bytes);
    }

    /** du of the host directory; du of the newest snapshot, then of the host directory, as one du run counts them. */
    @Override
    List<Long> sizesNow(String group, String host) {
        String hostDirectory = location(group, host);
        List<String> names = snapshotNames(group, host);
        String newest = hostDirectory + "/.snapshots/" + names.get(names.size() - 1);
        List<Long> both = du(newest, hostDirectory);
        return List.of(du(hostDirectory).get(0), both.get(1), du(newest).get(0));
    }

    @Override
    long usedNow(String location) {
        return du(location).get(0);
    }

    @Override
    List<String> snapshotNames(String group, String host) {
        try (Stream<Path> entries = Files.list(Path.of(location(group, host), ".snapshots"))) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    boolean exists(String location) {
        return Files.isDirectory(Path.of(location));
    }

    @Override
    void remove(String location) {
        ExternalProcess.run(List.of("rm", "-rf", "--", location)).orThrow();
    }

    @Override
    List<String> removeCommand() {
        return List.of("rm", "-rf", "--one-file-system", "--");
    }

    private static List<Long> du(String... paths) {
        List<String> argv = new ArrayList<>(List.of("du", "-s", "--block-size=1", "--"));
        argv.addAll(List.of(paths));
        return ExternalProcess.run(argv).orThrow().stdoutText().lines()
                .map(line -> Long.parseLong(line.substring(0, line.indexOf('\t')))).toList();
    }
}
