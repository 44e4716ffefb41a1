package io.jenkins.plugins.planb.core.stale;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.GroupSpec;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.FakeStorage;
import io.jenkins.plugins.planb.core.run.JsonTree;
import io.jenkins.plugins.planb.core.run.TestHosts;
import io.jenkins.plugins.planb.core.storage.StoredDataset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaleScanTest {

    private static final Instant LAST_SUCCESS = Instant.parse("2026-11-20T03:00:00Z");

    private static final PlanbConfig CONFIG = new PlanbConfig(new StorageSpec.Directory(Path.of("/srv/planb")),
            Path.of("/srv/planb/state"), List.of(
                    new GroupSpec("acme", List.of(TestHosts.local("acme/web01"), TestHosts.local("acme/web02"),
                            TestHosts.local("acme/new01"))),
                    new GroupSpec("empty", List.of())));

    /** web02 took snapshots; new01 never ran. */
    private static HostSummary summary(HostId host) {
        if (host.host().equals("web02")) {
            return new HostSummary(LAST_SUCCESS.toEpochMilli(), io.jenkins.plugins.planb.core.run.Outcome.SUCCESS,
                    null, 1000, LAST_SUCCESS.toEpochMilli(), LAST_SUCCESS.toEpochMilli(), -1, 0, List.of(1000L), 10, 5, 5, 1);
        }
        return HostSummary.NEVER_RUN;
    }

    private static StoredDataset group(String name, String... hosts) {
        return new StoredDataset(name, null, "/srv/planb/" + name, List.of(hosts), null,
                List.of("rm", "-rf", "--one-file-system", "--", "/srv/planb/" + name));
    }

    private static StoredDataset host(String group, String host) {
        String location = "/srv/planb/" + group + "/" + host;
        return new StoredDataset(group, host, location, List.of(), null, List.of("rm", "-rf", "--one-file-system", "--", location));
    }

    @Test
    void findsUnownedHostAndGroupDatasetsAndConfiguredHostsWhoseDatasetIsGone() throws Exception {
        FakeStorage storage = new FakeStorage();
        storage.inventory.addAll(List.of(group("acme", "web01", "ghost"), host("acme", "web01"), host("acme", "ghost"),
                group("empty"), group("old", "db9", "db8"), host("old", "db9"), host("old", "db8"),
                group("state", "runs", "locks"), host("state", "runs"), host("state", "locks")));
        storage.usage.put("/srv/planb/acme/ghost", new StoredDataset.Usage(4096, 2, "planb-20260101T000000Z",
                Instant.parse("2026-01-01T00:00:00Z")));
        storage.usage.put("/srv/planb/old", new StoredDataset.Usage(81920, 3, "db9@planb-20251201T000000Z",
                Instant.parse("2025-12-01T00:00:00Z")));

        StaleFindings findings = StaleScan.of(CONFIG).scan(storage, StaleScanTest::summary);

        assertThat(findings.stale()).as("the state directory below the root is PlanB's own, old's hosts go with it")
                .extracting(StoredDataset::location).containsExactly("/srv/planb/acme/ghost", "/srv/planb/old");
        assertThat(findings.stale().get(0).usage().usedBytes()).isEqualTo(4096);
        assertThat(findings.stale().get(1).usage().snapshotCount()).isEqualTo(3);
        assertThat(findings.gone()).as("web02 took snapshots; new01 has lost nothing yet")
                .containsExactly(new GoneHost(new HostId("acme", "web02"), "tank/acme/web02", LAST_SUCCESS));
        assertThat(findings.groups()).containsExactly("acme", "old");
        assertThat(findings.staleBytes()).isEqualTo(4096 + 81920);
        assertThat(storage.calls()).as("one listing, one measurement of the two stale ones, nothing else")
                .containsExactly("inventory", "measured 2");
    }

    @Test
    void aStorageThatHoldsExactlyTheConfiguredHostsHasNothingStale() throws Exception {
        FakeStorage storage = new FakeStorage();
        storage.inventory.addAll(List.of(group("acme", "web01", "web02"), host("acme", "web01"), host("acme", "web02")));

        StaleFindings findings = StaleScan.of(CONFIG).scan(storage, StaleScanTest::summary);

        assertThat(findings.isEmpty()).isTrue();
        assertThat(StaleJson.lines(findings)).isEmpty();
    }

    @Test
    void aStateDirectoryOutsideTheRootHidesNothing() throws Exception {
        PlanbConfig elsewhere = new PlanbConfig(CONFIG.storage(), Path.of("/srv"), CONFIG.groups());
        FakeStorage storage = new FakeStorage();
        storage.inventory.addAll(List.of(group("acme", "web01", "web02", "ghost"), host("acme", "web01"),
                host("acme", "web02"), host("acme", "ghost")));

        StaleFindings findings = StaleScan.of(elsewhere).scan(storage, StaleScanTest::summary);

        assertThat(findings.stale()).extracting(StoredDataset::host).containsExactly("ghost");
    }

    @Test
    void eachFindingIsOneJsonLineGroupedByGroup() throws Exception {
        FakeStorage storage = new FakeStorage();
        storage.inventory.addAll(List.of(group("acme", "web01", "ghost"), host("acme", "web01"), host("acme", "ghost"),
                group("old", "db9"), host("old", "db9")));
        storage.usage.put("/srv/planb/acme/ghost", new StoredDataset.Usage(4096, 1, "planb-20260101T000000Z",
                Instant.parse("2026-01-01T00:00:00Z")));

        List<String> lines = StaleJson.lines(StaleScan.of(CONFIG).scan(storage, StaleScanTest::summary));

        assertThat(lines).hasSize(3);
        Map<String, Object> ghost = JsonTree.object(lines.get(0));
        assertThat(ghost).containsEntry("kind", "stale").containsEntry("level", "host").containsEntry("group", "acme")
                .containsEntry("host", "ghost").containsEntry("groupConfigured", true)
                .containsEntry("dataset", "/srv/planb/acme/ghost").containsEntry("usedBytes", 4096L)
                .containsEntry("snapshots", 1L).containsEntry("newestSnapshot", "planb-20260101T000000Z")
                .containsEntry("newestSnapshotAt", "2026-01-01T00:00:00.000Z")
                .containsEntry("removeCommand", List.of("rm", "-rf", "--one-file-system", "--", "/srv/planb/acme/ghost"));
        assertThat(JsonTree.object(lines.get(1))).containsEntry("kind", "gone").containsEntry("host", "web02")
                .containsEntry("dataset", "tank/acme/web02").containsEntry("lastSuccessAt", "2026-11-20T03:00:00.000Z");
        assertThat(JsonTree.object(lines.get(2))).containsEntry("kind", "stale").containsEntry("level", "group")
                .containsEntry("host", null).containsEntry("groupConfigured", false)
                .containsEntry("hosts", List.of("db9")).containsEntry("usedBytes", null).containsEntry("snapshots", null);
    }

    @Test
    void anAdoptedDatasetIsItsHostsAndNeverStale() throws Exception {
        PlanbConfig zfs = new PlanbConfig(new StorageSpec.Zfs("tank/BACKUP", false), Path.of("/var/lib/planb/state"),
                List.of(new GroupSpec("acme", List.of(
                        TestHosts.local("acme/web01").withDataset("tank/BACKUP/acme-web01"),
                        TestHosts.local("acme/web02").withDataset("tank/BACKUP/acme-web02"),
                        TestHosts.local("acme/db01"),
                        TestHosts.local("acme/old01").withDataset("old/BACKUP/acme-old01")))));
        FakeStorage storage = new FakeStorage();
        storage.inventory.addAll(List.of(
                zfsDataset("acme-web01", null), zfsDataset("acme-web01", "child"),
                zfsDataset("acme", null), zfsDataset("acme", "db01"),
                zfsDataset("ghost", null)));

        StaleFindings findings = StaleScan.of(zfs).scan(storage, host -> LAST_RUN_EVERYWHERE);

        assertThat(findings.stale()).as("PlanB's dataset and what is inside it are web01's")
                .extracting(StoredDataset::location).containsExactly("tank/BACKUP/ghost");
        assertThat(findings.gone()).as("web02's adopted dataset would be listed and is not; old01's lies elsewhere")
                .extracting(GoneHost::host).containsExactly(new HostId("acme", "web02"));
    }

    private static final HostSummary LAST_RUN_EVERYWHERE = new HostSummary(LAST_SUCCESS.toEpochMilli(),
            io.jenkins.plugins.planb.core.run.Outcome.SUCCESS, null, 1000, LAST_SUCCESS.toEpochMilli(),
            LAST_SUCCESS.toEpochMilli(), -1, 0, List.of(1000L), 10, 5, 5, 1);

    private static StoredDataset zfsDataset(String group, String host) {
        String location = "tank/BACKUP/" + group + (host == null ? "" : "/" + host);
        return new StoredDataset(group, host, location, List.of(), null, List.of("zfs", "destroy", "-r", location));
    }
}
