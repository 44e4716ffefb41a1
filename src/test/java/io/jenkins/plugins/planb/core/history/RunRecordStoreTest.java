package io.jenkins.plugins.planb.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.run.RunRecordJson;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordStoreTest {

    private static final HostId HOST = new HostId("acme", "web01");

    @TempDir
    Path stateDir;

    private static RunRecord run(Outcome outcome, String startedAt) {
        Instant start = Instant.parse(startedAt);
        String snapshot = outcome.snapshotTaken() ? "planb-20260110T120000Z" : null;
        return new RunRecord(HOST, outcome, snapshot, "d", start, start.plusSeconds(5), 0, RsyncStats.NONE, List.of(),
                outcome == Outcome.SUCCESS ? null : "e", List.of(), PhaseTimes.NONE, null);
    }

    @Test
    void eachRunGetsItsOwnFileAndLastPointsAtTheNewest() throws IOException {
        RunRecordStore store = new RunRecordStore(stateDir);
        RunRecord good = run(Outcome.SUCCESS, "2026-01-10T12:00:00Z");
        RunRecord bad = run(Outcome.FAILED, "2026-01-11T12:00:00Z");

        Path first = store.save(good);
        store.save(bad);

        assertThat(first).isEqualTo(stateDir.resolve("runs/acme/web01/20260110T120000.000Z.json"));
        assertThat(store.last(HOST)).contains(bad);
        assertThat(store.lastSuccess(HOST)).contains(good);
        try (Stream<Path> files = Files.list(store.hostDirectory(HOST))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "20260110T120000.000Z.json", "20260111T120000.000Z.json", "last.json", "last-success.json",
                    "summary.json");
        }
    }

    @Test
    void twoRunsStartingInTheSameMillisecondDoNotOverwriteEachOther() throws IOException {
        RunRecordStore store = new RunRecordStore(stateDir);

        Path a = store.save(run(Outcome.SUCCESS, "2026-01-10T12:00:00Z"));
        Path b = store.save(run(Outcome.FAILED, "2026-01-10T12:00:00Z"));

        assertThat(a).isNotEqualTo(b);
        assertThat(RunRecordJson.parse(Files.readString(a)).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(RunRecordJson.parse(Files.readString(b)).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aHostWithoutRunsHasNoLastRun() throws IOException {
        assertThat(new RunRecordStore(stateDir).last(HOST)).isEmpty();
    }

    @Test
    void historyReadsTheRunsFromSinceOnOldestFirstAndNamesADamagedRecord() throws IOException {
        RunRecordStore store = new RunRecordStore(stateDir);
        store.save(run(Outcome.FAILED, "2026-01-12T12:00:00Z"));
        store.save(run(Outcome.SUCCESS, "2026-01-10T12:00:00Z"));
        store.save(run(Outcome.SUCCESS, "2026-01-11T12:00:00Z"));
        Files.writeString(store.hostDirectory(HOST).resolve("20260111T130000.000Z.json"), "{not json");
        List<String> unreadable = new java.util.ArrayList<>();

        List<RunRecord> history = store.history(HOST, Instant.parse("2026-01-11T00:00:00Z"), unreadable);

        assertThat(history).extracting(RunRecord::startedAt).containsExactly(
                Instant.parse("2026-01-11T12:00:00Z"), Instant.parse("2026-01-12T12:00:00Z"));
        assertThat(unreadable).singleElement().asString().contains("20260111T130000.000Z.json");
        assertThat(store.history(new HostId("acme", "none"), null, unreadable)).isEmpty();
        assertThat(store.hostsWithRecords()).containsExactly(HOST);
    }

    @Test
    void theSummaryIsKeptRunByRunAndRebuiltFromTheHistoryWhenItIsMissingOrDamaged() throws IOException {
        RunRecordStore store = new RunRecordStore(stateDir);
        store.save(run(Outcome.SUCCESS, "2026-01-10T12:00:00Z"));
        store.save(run(Outcome.FAILED, "2026-01-11T12:00:00Z"));
        store.save(run(Outcome.SKIPPED, "2026-01-12T12:00:00Z"));
        HostSummary expected = RunHistory.of(HOST, store.history(HOST, null, new java.util.ArrayList<>())).summary();

        assertThat(store.summary(HOST)).isEqualTo(expected);
        assertThat(expected.failingSince()).isEqualTo(Instant.parse("2026-01-11T12:00:00Z").toEpochMilli());

        Path summary = store.hostDirectory(HOST).resolve("summary.json");
        Files.delete(summary);
        assertThat(store.summary(HOST)).isEqualTo(expected);
        store.save(run(Outcome.SUCCESS, "2026-01-13T12:00:00Z"));
        assertThat(store.summary(HOST).lastSuccessAt()).isEqualTo(Instant.parse("2026-01-13T12:00:05Z").toEpochMilli());
        assertThat(store.summary(HOST).firstSuccessAt()).isEqualTo(Instant.parse("2026-01-10T12:00:05Z").toEpochMilli());

        Files.writeString(summary, "{\"lastRunAt\": \"not a number\"");
        assertThat(store.summary(HOST).isFailing()).isFalse();
        assertThat(store.summary(HOST).firstSuccessAt()).isEqualTo(Instant.parse("2026-01-10T12:00:05Z").toEpochMilli());
        assertThat(store.summary(new HostId("acme", "none"))).isEqualTo(HostSummary.NEVER_RUN);
    }

    @Test
    void aSummaryReadsBackAsWritten() throws IOException {
        HostSummary summary = new HostSummary(5, Outcome.FAILED, "it \"broke\"", 6, 13, 3, 1, 4, 2, List.of(7L, 8L), 9, 10, 12, 11);
        assertThat(HostSummaryJson.parse(HostSummaryJson.toJson(summary))).isEqualTo(summary);
        // a summary written before the last run's transferred bytes were kept does not know them
        String older = HostSummaryJson.toJson(summary).replace("\"lastBytesTransferred\":13,", "");
        assertThat(HostSummaryJson.parse(older).lastBytesTransferred()).isEqualTo(-1);
        assertThat(HostSummaryJson.parse(older).lastDurationMillis()).isEqualTo(6);
        assertThat(HostSummaryJson.parse(HostSummaryJson.toJson(HostSummary.NEVER_RUN))).isEqualTo(HostSummary.NEVER_RUN);
    }
}
