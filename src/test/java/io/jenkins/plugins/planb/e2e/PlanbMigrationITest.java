package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * A dataset the old PlanB filled carries on under the new one: on a real zfs-fuse pool, a dataset
 * made as PlanB makes them ({@code <pool>/<group>-<fileset>}, {@code canmount=noauto}, live copy in
 * {@code data/}, unmounted between runs) with PlanB's minute-named daily snapshots, a custom-prefix
 * archive and a pre-1.7 name; then the real {@code planb import} of a confexport sample, the real
 * {@code planb backup} over the real sshd: the backup lands in the adopted dataset, and retention
 * ({@code daily: 2} in PlanB, {@code 2d} here) keeps the newest and the three daily picks PlanB's
 * algorithm makes, destroys the two older PlanB snapshots, and never touches the others.
 */
class PlanbMigrationITest {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    @RegisterExtension
    static final ZfsPoolExtension ZFS = new ZfsPoolExtension();

    private static final DateTimeFormatter PLANB_MINUTE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm'Z'");

    @TempDir
    Path work;

    private String parent;
    private final StoredSnapshots.Zfs[] stored = new StoredSnapshots.Zfs[1];

    @AfterEach
    void destroyTheParent() {
        if (stored[0] != null) {
            stored[0].destroyClones();
        }
        if (parent != null) {
            for (int attempt = 0; attempt < 20; attempt++) {
                if (ExternalProcess.run(List.of("zfs", "destroy", "-r", parent)).exitCode() == 0) {
                    return;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Test
    void anImportedHostBacksUpIntoPlanbsDatasetAndRotatesItsSnapshots() throws IOException {
        parent = ZFS.poolName() + "/BACKUP";
        zfs("create", parent);
        String planbDataset = parent + "/acme-web01";
        List<String> planbDailies = planbsDataset(planbDataset);

        Path source = work.resolve("source");
        Files.createDirectories(source.resolve("etc"));
        Files.createDirectories(source.resolve("home/alice"));
        Files.createDirectories(source.resolve("srv"));
        Files.writeString(source.resolve("etc/hostname"), "web01\n");
        Files.writeString(source.resolve("home/alice/notes.txt"), "new since PlanB\n");
        Files.writeString(source.resolve("srv/not-included"), "x\n");
        Path export = work.resolve("confexport.json");
        Files.writeString(export, """
                /* acme-web01 */

                {
                  "retention": {
                    "hourly": 0,
                    "daily": 2,
                    "weekly": 0,
                    "monthly": 0,
                    "yearly": 0
                  },
                  "schedule": "nightly",
                  "paths": {
                    "root": "%s",
                    "include": [
                      "etc",
                      "home"
                    ],
                    "exclude": []
                  },
                  "notes": ""
                }

                """.formatted(source));
        Path config = work.resolve("planb.yaml");

        ExternalProcess.Result imported = PlanbCommand.run(config, "import", "--from-planb", export.toString(),
                "--zfs-parent", parent, "-o", config.toString());
        assertThat(imported.exitCode()).as(imported.describe()).isZero();
        assertThat(imported.stderrText()).contains("acme-web01 -> acme/web01, dataset " + planbDataset);
        pointAtTheTestServer(config);
        assertThat(PlanbCommand.run(config, "validate").exitCode()).isZero();

        PlanbCommand.Report backup = PlanbCommand.backup(config, "acme/web01");

        assertThat(backup.json().get("outcome")).as(backup.process().describe()).isEqualTo("SUCCESS");
        assertThat(backup.json().get("dataset")).isEqualTo(planbDataset);
        String taken = (String) backup.json().get("snapshot");
        assertThat(backup.json().get("destroyedSnapshots"))
                .as("the two oldest dailies; PlanB's daily: 2 keeps three picks below the newest")
                .isEqualTo(List.of(planbDailies.get(0), planbDailies.get(1)));
        assertThat(snapshotsOf(planbDataset)).containsExactly(
                "archive-20200101T0000Z", "daily-202001010300",
                planbDailies.get(2), planbDailies.get(3), planbDailies.get(4), taken);
        assertThat(ExternalProcess.run(List.of("zfs", "list", parent + "/acme")).exitCode())
                .as("no dataset of the new layout was made").isNotZero();

        ExternalProcess.Result stale = PlanbCommand.run(config, "stale", "--json");
        assertThat(stale.exitCode()).as(stale.describe()).isZero();
        assertThat(stale.stdoutText()).as("the adopted dataset is its host's").doesNotContain("acme-web01");

        stored[0] = new StoredSnapshots.Zfs(planbDataset);
        Path restored = stored[0].restore(taken);
        assertThat(Files.readString(restored.resolve("home/alice/notes.txt"))).isEqualTo("new since PlanB\n");
        assertThat(restored.resolve("srv/not-included")).doesNotExist();
        assertThat(restored.resolve("old-planb-file")).as("the live copy PlanB left was updated, "
                + "and what the host no longer has is gone").doesNotExist();

        PlanbCommand.Report second = PlanbCommand.backup(config, "acme/web01");
        assertThat(second.json().get("outcome")).isEqualTo("SUCCESS");
        assertThat(((Number) second.json().get("filesTransferred")).longValue()).as("the second run finds the first run's copy").isZero();
    }

    /**
     * A dataset as the old PlanB leaves one: {@code canmount=noauto}, {@code data/} with a file,
     * daily snapshots at 03:00 UTC of the five days before today (in PlanB's minute form), an
     * "Enqueue+keep" archive and a pre-1.7 {@code daily-} snapshot; then unmounted.
     *
     * @return the daily snapshots, oldest first
     */
    private static List<String> planbsDataset(String dataset) throws IOException {
        zfs("create", "-o", "canmount=noauto", dataset);
        zfs("mount", dataset);
        String mountpoint = zfs("get", "-H", "-o", "value", "mountpoint", dataset).strip();
        Path data = Path.of(mountpoint, "data");
        Files.createDirectories(data.resolve("etc"));
        Files.writeString(data.resolve("etc/hostname"), "web01\n");
        Files.writeString(data.resolve("old-planb-file"), "gone from the host since\n");
        zfs("snapshot", dataset + "@archive-20200101T0000Z");
        zfs("snapshot", dataset + "@daily-202001010300");
        List<String> dailies = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int daysAgo = 5; daysAgo >= 1; daysAgo--) {
            String name = "planb-" + PLANB_MINUTE.format(today.minusDays(daysAgo).atTime(3, 0));
            zfs("snapshot", dataset + "@" + name);
            dailies.add(name);
        }
        zfs("unmount", dataset);
        return dailies;
    }

    /** The imported file with the test server's connection settings, as a user would fill them in. */
    @SuppressWarnings("unchecked")
    private void pointAtTheTestServer(Path config) throws IOException {
        Map<String, Object> tree = new Yaml().load(Files.readString(config));
        Map<String, Object> defaults = new LinkedHashMap<>((Map<String, Object>) tree.get("defaults"));
        defaults.put("user", SSH.user());
        defaults.put("port", SSH.port());
        defaults.put("identityFile", SSH.clientKey().toString());
        defaults.put("knownHostsFile", SSH.knownHosts().toString());
        defaults.put("sudo", false);
        defaults.put("ionice", false);
        defaults.put("connectTimeout", 10);
        tree.put("defaults", defaults);
        tree.put("stateDir", work.resolve("state").toString());
        List<Map<String, Object>> groups = (List<Map<String, Object>>) tree.get("groups");
        ((List<Map<String, Object>>) groups.get(0).get("hosts")).get(0).put("address", "127.0.0.1");
        Files.writeString(config, new Yaml().dump(tree));
    }

    private static List<String> snapshotsOf(String dataset) {
        String listed = ExternalProcess.run(List.of("zfs", "list", "-H", "-o", "name", "-t", "snapshot", "-r", dataset))
                .orThrow().stdoutText();
        return listed.lines().filter(l -> l.startsWith(dataset + "@")).map(l -> l.substring(dataset.length() + 1))
                .sorted().toList();
    }

    private static String zfs(String... args) {
        List<String> argv = new ArrayList<>(List.of("zfs"));
        argv.addAll(List.of(args));
        return ExternalProcess.run(argv).orThrow().stdoutText();
    }
}
