package io.jenkins.plugins.planb.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeMappingTest {

    @Test
    void everyOutcomeHasItsBuildResult() {
        assertThat(OutcomeResults.resultName(Outcome.SUCCESS)).isEqualTo("SUCCESS");
        assertThat(OutcomeResults.resultName(Outcome.PARTIAL)).isEqualTo("UNSTABLE");
        assertThat(OutcomeResults.resultName(Outcome.FAILED)).isEqualTo("FAILURE");
        assertThat(OutcomeResults.resultName(Outcome.SKIPPED)).isEqualTo("NOT_BUILT");
    }

    private static RunRecord record(Outcome outcome, String snapshot, String error) {
        Instant t = Instant.parse("2026-01-01T03:15:00Z");
        return new RunRecord(new HostId("acme", "web01"), outcome, snapshot, "tank/BACKUP/acme/web01", t,
                t.plusSeconds(5), outcome == Outcome.SKIPPED ? null : 0, new RsyncStats(10, 1, 0, 4, 4096, 2048, 100, 0, 50, 2100),
                List.of(), error, List.of(), PhaseTimes.NONE, DatasetSizes.UNKNOWN);
    }

    @Test
    void environmentNamesHostDatasetSnapshotOutcomeAndBytes() {
        Map<String, String> env = PlanbEnvironment.variables(record(Outcome.SUCCESS, "planb-20260101T031500Z", null));
        assertThat(env).containsEntry("PLANB_HOST", "acme/web01")
                .containsEntry("PLANB_DATASET", "tank/BACKUP/acme/web01")
                .containsEntry("PLANB_SNAPSHOT", "planb-20260101T031500Z")
                .containsEntry("PLANB_OUTCOME", "SUCCESS")
                .containsEntry("PLANB_BYTES_TRANSFERRED", "2048");
    }

    @Test
    void aFailedRunHasAnEmptySnapshotVariable() {
        Map<String, String> env = PlanbEnvironment.variables(record(Outcome.FAILED, null, "rsync exit 12"));
        assertThat(env).containsEntry("PLANB_SNAPSHOT", "").containsEntry("PLANB_OUTCOME", "FAILED");
    }

    @Test
    void descriptionIsOneLine() {
        assertThat(RunDescription.of(record(Outcome.SUCCESS, "planb-20260101T031500Z", null)))
                .isEqualTo("planb-20260101T031500Z, 2.0 KiB in 4 files");
        assertThat(RunDescription.of(record(Outcome.FAILED, null, "host key changed\nmore")))
                .isEqualTo("failed: host key changed");
        assertThat(RunDescription.of(record(Outcome.SKIPPED, null, null))).isEqualTo("skipped: no reason given");
    }

    @Test
    void theActionGivesBackTheRecordItKeptWithTheCountsItDoesNotKeepUnknown() {
        Instant t = Instant.parse("2026-01-01T03:15:00Z");
        RunRecord record = new RunRecord(new HostId("acme", "web01"), Outcome.PARTIAL, "planb-20260101T031500Z",
                "tank/BACKUP/acme/web01", t, t.plusSeconds(5), 24, new RsyncStats(10, 1, 0, 4, 4096, 2048, 100, 0, 50, 2100),
                List.of("planb-20251231T031500Z"), "some files vanished", List.of("w"), new PhaseTimes(1, 2, 3, 4),
                new DatasetSizes(100, 90, 10), 12);

        RunRecord back = new PlanbRunAction(record).toRecord();

        assertThat(back).usingRecursiveComparison().ignoringFields("stats").isEqualTo(record);
        assertThat(back.filesTotal()).isEqualTo(10);
        assertThat(back.filesTransferred()).isEqualTo(4);
        assertThat(back.bytesTransferred()).isEqualTo(2048);
        assertThat(back.stats().literalData()).isEqualTo(-1);
    }
}
