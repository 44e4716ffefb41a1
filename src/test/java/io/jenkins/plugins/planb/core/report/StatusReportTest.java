package io.jenkins.plugins.planb.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.GroupSpec;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.run.FakeStorage;
import io.jenkins.plugins.planb.core.run.JsonTree;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.history.RunRecordStore;
import io.jenkins.plugins.planb.core.run.TestHosts;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusReportTest {

    @TempDir
    Path stateDir;

    @Test
    void eachHostShowsItsLastRunLastSuccessSnapshotsAndSpace() throws Exception {
        HostSpec web = TestHosts.local("acme/web01");
        HostSpec db = TestHosts.local("acme/db01");
        PlanbConfig config = new PlanbConfig(new StorageSpec.Directory(Path.of("/srv/planb")), stateDir,
                List.of(new GroupSpec("acme", List.of(web, db))));
        RunRecordStore records = new RunRecordStore(stateDir);
        Instant monday = Instant.parse("2026-01-12T03:00:00Z");
        records.save(new RunRecord(web.id(), Outcome.SUCCESS, "planb-20260112T030000Z", "d", monday,
                monday.plusSeconds(60), 0, RsyncStats.NONE, List.of(), null, List.of(), PhaseTimes.NONE, null));
        records.save(RunRecord.withoutTransfer(web.id(), Outcome.FAILED, "d", monday.plusSeconds(86_400),
                monday.plusSeconds(86_460), "rsync exit 255: host key for web01 changed", List.of(), PhaseTimes.NONE));
        FakeStorage storage = new FakeStorage("planb-20260111T030000Z", "planb-20260112T030000Z");
        storage.sizes = new DatasetSizes(5_000_000, 4_000_000, 1000);

        List<HostStatus> statuses = StatusReport.collect(config, storage, records);

        assertThat(statuses).extracting(HostStatus::host).containsExactly(web.id(), db.id());
        HostStatus webStatus = statuses.get(0);
        assertThat(webStatus.lastOutcome()).isEqualTo(Outcome.FAILED);
        assertThat(webStatus.lastError()).contains("host key");
        assertThat(webStatus.lastSuccessAt()).isEqualTo(monday.plusSeconds(60));
        assertThat(webStatus.snapshots()).isEqualTo(2);
        assertThat(webStatus.newestSnapshot()).isEqualTo("planb-20260112T030000Z");
        assertThat(webStatus.usedBytes()).isEqualTo(5_000_000);
        assertThat(statuses.get(1).lastOutcome()).as("never run").isNull();

        Map<String, Object> json = JsonTree.object(StatusReport.toJson(webStatus));
        assertThat(json).containsEntry("host", "acme/web01").containsEntry("lastOutcome", "FAILED")
                .containsEntry("lastSuccessAt", "2026-01-12T03:01:00.000Z").containsEntry("snapshots", 2L)
                .containsEntry("usedBytes", 5_000_000L);
        assertThat(JsonTree.object(StatusReport.toJson(statuses.get(1)))).containsEntry("lastOutcome", null)
                .containsEntry("lastSuccessAt", null);
    }
}
