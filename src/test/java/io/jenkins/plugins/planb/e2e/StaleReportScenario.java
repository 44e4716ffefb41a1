package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.run.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planb stale} and {@code planb report} against a storage that real backups filled, both
 * through the packaged command: two hosts backed up (one twice), then a stray host dataset in the
 * configured group and a stray group, then one configured host's dataset removed. Stale must find
 * exactly the strays, with the sizes the storage's own tools give, and remove nothing; the report's
 * sizes must be what {@code zfs get} or {@code du} say now.
 */
abstract class StaleReportScenario {

    static final String WEB = E2eConfig.GROUP + "/web";
    static final String DB = E2eConfig.GROUP + "/db";

    @TempDir
    Path work;

    /** The configuration's storage section, for the test's work directory. */
    abstract E2eConfig storage(Path work);

    /** Where the host's dataset (directory) is; {@code host} null for the group level. */
    abstract String location(String group, String host);

    /** Makes a dataset (directory) no configuration knows, with a file of {@code bytes}, and a snapshot if named. */
    abstract void makeStray(String group, String host, int bytes, String snapshot);

    /** {@code used}, {@code usedBySnapshots}, {@code referenced} as the storage's own tools say now. */
    abstract List<Long> sizesNow(String group, String host);

    /** {@code used} of a whole group- or host-level dataset, as the storage's own tools say now. */
    abstract long usedNow(String location);

    abstract List<String> snapshotNames(String group, String host);

    abstract boolean exists(String location);

    abstract void remove(String location);

    /** The start of the command that removes a dataset. */
    abstract List<String> removeCommand();

    /** Waits until the storage's accounting has caught up with the last writes. */
    void settle(List<String> locations) {}

    @Test
    void staleFindsExactlyTheStraysAndTheReportSizesAreTheStoragesOwn() {
        Path web = source("web", 3, 40_000);
        Path db = source("db", 2, 150_000);
        E2eConfig config = storage(work).localHost("web", web).anotherLocalHost("db", db);
        Path configFile = config.writeTo(work.resolve("planb.yaml"));
        ExternalProcess.Result first = PlanbCommand.run(configFile, "backup", WEB, DB, "--json");
        assertThat(first.exitCode()).as("first backups: %s", first.describe()).isZero();
        write(web.resolve("changed"), 70_000, 9);
        PlanbCommand.Report second = PlanbCommand.backup(configFile, WEB);
        assertThat(second.exitCode()).as("second backup of web: %s", second).isZero();

        ExternalProcess.Result clean = PlanbCommand.run(configFile, "stale", "--json");
        assertThat(clean.exitCode()).as(clean.describe()).isZero();
        assertThat(clean.stdoutText()).as("nothing stale after backups alone").isEmpty();
        assertThat(PlanbCommand.run(configFile, "stale").stdoutText()).startsWith("Nothing stale under ");

        makeStray(E2eConfig.GROUP, "ghost", 60_000, "planb-20260101T000000Z");
        makeStray("retired", "old1", 30_000, null);
        String ghost = location(E2eConfig.GROUP, "ghost");
        String retired = location("retired", null);
        settle(List.of(ghost, retired, location("retired", "old1")));

        ExternalProcess.Result found = PlanbCommand.run(configFile, "stale", "--json");

        assertThat(found.exitCode()).as(found.describe()).isZero();
        List<String> lines = found.stdoutText().lines().toList();
        assertThat(lines).as("exactly the two strays: %s", found.stdoutText()).hasSize(2);
        Map<String, Object> strayHost = JsonTree.object(lines.get(0));
        assertThat(strayHost).containsEntry("kind", "stale").containsEntry("level", "host")
                .containsEntry("group", E2eConfig.GROUP).containsEntry("host", "ghost").containsEntry("dataset", ghost)
                .containsEntry("snapshots", 1L).containsEntry("newestSnapshot", "planb-20260101T000000Z")
                .containsEntry("usedBytes", usedNow(ghost));
        assertThat(strayHost.get("removeCommand")).isEqualTo(concat(removeCommand(), ghost));
        Map<String, Object> strayGroup = JsonTree.object(lines.get(1));
        assertThat(strayGroup).containsEntry("kind", "stale").containsEntry("level", "group")
                .containsEntry("group", "retired").containsEntry("host", null).containsEntry("groupConfigured", false)
                .containsEntry("dataset", retired).containsEntry("hosts", List.of("old1"))
                .containsEntry("snapshots", 0L).containsEntry("usedBytes", usedNow(retired));
        String text = PlanbCommand.run(configFile, "stale").stdoutText();
        assertThat(text).contains("; " + E2eConfig.GROUP + "\nstale  " + ghost)
                .contains("; retired  (not in the configuration)\nstale  " + retired)
                .contains("remove with: " + String.join(" ", concat(removeCommand(), ghost)))
                .contains("2 stale datasets");
        assertThat(exists(ghost) && exists(retired)).as("stale changes nothing").isTrue();

        settle(List.of(location(E2eConfig.GROUP, "web"), location(E2eConfig.GROUP, "db")));
        ExternalProcess.Result reported = PlanbCommand.run(configFile, "report", "--format", "json");

        assertThat(reported.exitCode()).as(reported.describe()).isZero();
        Map<String, Object> report = JsonTree.object(reported.stdoutText());
        List<?> groups = (List<?>) report.get("groups");
        assertThat(groups).hasSize(1);
        List<?> hosts = (List<?>) map(groups.get(0)).get("hosts");
        assertThat(hosts).hasSize(2);
        long total = 0;
        for (Object each : hosts) {
            Map<String, Object> host = map(each);
            String name = (String) host.get("name");
            List<Long> now = sizesNow(E2eConfig.GROUP, name);
            assertThat(map(host.get("sizes"))).as("sizes of %s against the storage's tools", name)
                    .containsEntry("used", now.get(0)).containsEntry("usedBySnapshots", now.get(1))
                    .containsEntry("referenced", now.get(2));
            assertThat(host.get("snapshotCount")).isEqualTo((long) snapshotNames(E2eConfig.GROUP, name).size());
            assertThat(host.get("state")).isEqualTo("OK");
            assertThat(map(host.get("runs")).get("SUCCESS")).isEqualTo(name.equals("web") ? 2L : 1L);
            total += now.get(0);
        }
        Map<String, Object> webReport = map(hosts.get(0));
        assertThat(webReport.get("lastSuccessAt")).isEqualTo(second.json().get("finishedAt"));
        assertThat((List<?>) webReport.get("space")).hasSize(2);
        assertThat(map(map(report.get("totals")).get("sizes")).get("used")).isEqualTo(total);

        String html = PlanbCommand.run(configFile, "report", "--format", "html").stdoutText();
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("http://")
                .doesNotContain("https://").contains("<svg");
        ExternalProcess.Result unknown = PlanbCommand.run(configFile, "report", "nosuchgroup");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stdoutText()).isEmpty();
        assertThat(unknown.stderrText()).contains("nosuchgroup").contains("known groups: " + E2eConfig.GROUP);

        String dbLocation = location(E2eConfig.GROUP, "db");
        remove(dbLocation);
        List<String> afterRemoval = PlanbCommand.run(configFile, "stale", "--json").stdoutText().lines().toList();

        assertThat(afterRemoval).hasSize(3);
        Map<String, Object> gone = JsonTree.object(afterRemoval.get(1));
        assertThat(gone).containsEntry("kind", "gone").containsEntry("host", "db").containsEntry("dataset", dbLocation);
        assertThat(gone.get("lastSuccessAt")).as("the db backup's finish").isNotNull();
    }

    private Path source(String name, int files, int bytes) {
        Path dir = work.resolve("source-" + name);
        for (int i = 0; i < files; i++) {
            write(dir.resolve("file" + i), bytes, i);
        }
        return dir;
    }

    /** {@code bytes} of random data, which no compression shrinks. */
    static void write(Path file, int bytes, long seed) {
        byte[] data = new byte[bytes];
        new Random(seed).nextBytes(data);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> concat(List<String> start, String last) {
        List<String> all = new java.util.ArrayList<>(start);
        all.add(last);
        return all;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
