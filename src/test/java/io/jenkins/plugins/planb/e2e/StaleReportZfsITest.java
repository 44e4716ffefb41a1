package io.jenkins.plugins.planb.e2e;

import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link StaleReportScenario} on a real zfs-fuse pool: sizes checked against {@code zfs get -Hp}. */
class StaleReportZfsITest extends StaleReportScenario {

    @RegisterExtension
    static final ZfsPoolExtension ZFS = new ZfsPoolExtension();

    private String parent;

    @Override
    E2eConfig storage(Path work) {
        parent = ZFS.poolName() + "/" + work.getFileName().toString().replaceAll("[^A-Za-z0-9_]", "_");
        ExternalProcess.run(List.of("zfs", "create", parent)).orThrow();
        return E2eConfig.zfsStorage(parent, work.resolve("state"));
    }

    @Override
    String location(String group, String host) {
        return parent + "/" + group + (host == null ? "" : "/" + host);
    }

    @Override
    void makeStray(String group, String host, int bytes, String snapshot) {
        String dataset = location(group, host);
        ExternalProcess.run(List.of("zfs", "create", "-p", dataset)).orThrow();
        String mountpoint = zfs("get", "-H", "-o", "value", "mountpoint", dataset).strip();
        write(Path.of(mountpoint, "data", "left-behind"), bytes, bytes);
        if (snapshot != null) {
            ExternalProcess.run(List.of("zfs", "snapshot", dataset + "@" + snapshot)).orThrow();
        }
    }

    @Override
    List<Long> sizesNow(String group, String host) {
        return numbers(zfs("get", "-H", "-p", "-o", "value", "used,usedbysnapshots,referenced", location(group, host)));
    }

    @Override
    long usedNow(String location) {
        return numbers(zfs("get", "-H", "-p", "-o", "value", "used", location)).get(0);
    }

    @Override
    List<String> snapshotNames(String group, String host) {
        return zfs("list", "-H", "-o", "name", "-t", "snapshot", "-d", "1", location(group, host)).lines().toList();
    }

    @Override
    boolean exists(String location) {
        return ExternalProcess.run(List.of("zfs", "list", "-H", "-o", "name", location)).exitCode() == 0;
    }

    @Override
    void remove(String location) {
        // zfs-fuse answers "dataset is busy" for a moment after the last file was closed
        for (int attempt = 0; ; attempt++) {
            ExternalProcess.Result destroyed = ExternalProcess.run(List.of("zfs", "destroy", "-r", location));
            if (destroyed.exitCode() == 0 || attempt == 20) {
                destroyed.orThrow();
                return;
            }
            pause(250);
        }
    }

    @Override
    List<String> removeCommand() {
        return List.of("zfs", "destroy", "-r");
    }

    /**
     * zfs-fuse settles {@code used} when a transaction group is written, a few seconds after the
     * writes: wait until the values stay the same for two seconds, so the command and the check
     * read the same numbers.
     */
    @Override
    void settle(List<String> locations) {
        List<String> argv = new ArrayList<>(List.of("get", "-H", "-p", "-o", "value", "used,usedbysnapshots,referenced"));
        argv.addAll(locations);
        String before = zfs(argv.toArray(String[]::new));
        for (int attempt = 0; attempt < 15; attempt++) {
            pause(2000);
            String now = zfs(argv.toArray(String[]::new));
            if (now.equals(before)) {
                return;
            }
            before = now;
        }
    }

    private static String zfs(String... arguments) {
        List<String> argv = new ArrayList<>(List.of("zfs"));
        argv.addAll(List.of(arguments));
        return ExternalProcess.run(argv).orThrow().stdoutText();
    }

    private static List<Long> numbers(String lines) {
        return lines.lines().map(String::strip).map(Long::parseLong).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
