package io.jenkins.plugins.planb.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run record's JSON: the fields of the {@code backup --json} contract, their formats, and a lossless round trip. */
class RunRecordJsonTest {

    private static final String UTC_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private static final RsyncStats STATS = new RsyncStats(1200, 3, 1, 45, 9_000_000, 123_456, 100_000, 23_456, 5000, 130_000);

    private static RunRecord success() {
        return new RunRecord(new HostId("acme", "web01"), Outcome.SUCCESS, "planb-20260110T120000Z", "tank/BACKUP/acme/web01",
                Instant.parse("2026-01-10T12:00:00.123456Z"), Instant.parse("2026-01-10T12:03:20.5Z"), 0, STATS,
                List.of("planb-20260101T120000Z"), null, List.of("POSIX ACLs not kept: the storage of x cannot hold them"),
                new PhaseTimes(190_000, 800, 1200, 300), new DatasetSizes(10_000, 9_000, -1), 7);
    }

    @Test
    void backupJsonHasEveryContractFieldWithItsType() {
        Map<String, Object> json = JsonTree.object(RunRecordJson.toJson(success()));

        assertThat(json).containsKeys("host", "outcome", "snapshot", "dataset", "startedAt", "finishedAt",
                "durationMillis", "rsyncExitCode", "filesTotal", "filesTransferred", "bytesTransferred",
                "destroyedSnapshots", "error", "phases", "warnings", "sizes", "stats");
        assertThat(json.get("host")).isEqualTo("acme/web01");
        assertThat(json.get("outcome")).isEqualTo("SUCCESS");
        assertThat(json.get("snapshot")).isEqualTo("planb-20260110T120000Z");
        assertThat(json.get("rsyncExitCode")).isEqualTo(0L);
        assertThat(json.get("error")).isNull();
        assertThat((String) json.get("startedAt")).matches(UTC_MILLIS).isEqualTo("2026-01-10T12:00:00.123Z");
        assertThat((String) json.get("finishedAt")).matches(UTC_MILLIS).isEqualTo("2026-01-10T12:03:20.500Z");
        assertThat(json.get("durationMillis")).isEqualTo(200_377L);
        assertThat(json.get("filesTotal")).isEqualTo(1200L);
        assertThat(json.get("filesTransferred")).isEqualTo(45L);
        assertThat(json.get("bytesTransferred")).isEqualTo(123_456L);
        assertThat(json.get("destroyedSnapshots")).isEqualTo(List.of("planb-20260101T120000Z"));
        assertThat(json.get("phases")).isEqualTo(Map.of("transferMillis", 190_000L, "snapshotMillis", 800L,
                "retentionMillis", 1200L, "accountingMillis", 300L));
        assertThat(asMap(json.get("sizes"))).containsEntry("used", 10_000L).containsEntry("written", null);
    }

    @Test
    void aSkippedRunHasNullSnapshotNullExitCodeAndZeroCounts() {
        RunRecord skipped = RunRecord.withoutTransfer(new HostId("acme", "web01"), Outcome.SKIPPED, null,
                Instant.parse("2026-01-10T12:00:00Z"), Instant.parse("2026-01-10T12:00:00Z"), "already being backed up",
                List.of(), PhaseTimes.NONE);

        Map<String, Object> json = JsonTree.object(RunRecordJson.toJson(skipped));

        assertThat(json).containsEntry("snapshot", null).containsEntry("rsyncExitCode", null)
                .containsEntry("filesTotal", 0L).containsEntry("bytesTransferred", 0L)
                .containsEntry("error", "already being backed up").containsEntry("destroyedSnapshots", List.of());
        assertThat(asMap(json.get("stats"))).containsEntry("filesTotal", null);
    }

    @Test
    void readingBackGivesTheSameRecord() throws IOException {
        RunRecord record = success();

        assertThat(RunRecordJson.parse(RunRecordJson.toJson(record))).isEqualTo(record);
    }

    @Test
    void readingIgnoresFieldsItDoesNotKnow() throws IOException {
        String json = RunRecordJson.toJson(success()).replaceFirst("\\{", "{\"future\":{\"a\":[1,2]},");

        assertThat(RunRecordJson.parse(json)).isEqualTo(success());
    }

    @Test
    void aRecordWithoutItsIdentityIsRefused() {
        assertThatThrownBy(() -> RunRecordJson.parse("{\"outcome\":\"SUCCESS\"}"))
                .isInstanceOf(IOException.class).hasMessageContaining("host");
    }

    @Test
    void aFailedRunCannotCarryASnapshot() {
        assertThatThrownBy(() -> new RunRecord(new HostId("a", "b"), Outcome.FAILED, "planb-20260110T120000Z", null,
                Instant.EPOCH, Instant.EPOCH, 12, null, null, "x", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
