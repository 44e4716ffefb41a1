package io.jenkins.plugins.planb.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
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
                    "20260110T120000.000Z.json", "20260111T120000.000Z.json", "last.json", "last-success.json");
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
}
