package io.jenkins.plugins.planb.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.GroupSpec;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.history.RunRecordStore;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.run.TestHosts;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final Duration PERIOD = Duration.ofDays(30);

    @TempDir
    Path stateDir;

    RunRecordStore records;
    PerHostStorage storage;
    List<GroupSpec> groups;

    static Instant daysAgo(double days) {
        return NOW.minusSeconds((long) (days * 86_400));
    }

    static RunRecord success(String host, Instant start, long millis, long used, long referenced) {
        return new RunRecord(HostId.parse(host), Outcome.SUCCESS, SnapshotName.format(start), "tank/BACKUP/" + host,
                start, start.plusMillis(millis), 0, RsyncStats.NONE, List.of(), null, List.of(), PhaseTimes.NONE,
                new DatasetSizes(used, referenced, -1, used - referenced), 3);
    }

    static RunRecord failure(String host, Instant start, String error) {
        return RunRecord.withoutTransfer(HostId.parse(host), Outcome.FAILED, "tank/BACKUP/" + host, start,
                start.plusSeconds(5), error, List.of(), PhaseTimes.NONE);
    }

    static RunRecord skipped(String host, Instant start) {
        return RunRecord.withoutTransfer(HostId.parse(host), Outcome.SKIPPED, "tank/BACKUP/" + host, start,
                start.plusSeconds(1), "do-not-run marker", List.of(), PhaseTimes.NONE);
    }

    @BeforeEach
    void history() throws Exception {
        records = new RunRecordStore(stateDir);
        records.save(success("acme/web01", daysAgo(40), 60_000, 500, 400)); // before the period
        records.save(success("acme/web01", daysAgo(20), 60_000, 1000, 800));
        records.save(success("acme/web01", daysAgo(10), 120_000, 1500, 900));
        records.save(skipped("acme/web01", daysAgo(2)));
        records.save(failure("acme/web01", daysAgo(1), "rsync exit 255: ssh: connect to host web01 port 22: Connection refused"));
        records.save(success("beta/old01", daysAgo(60), 30_000, 700, 700));
        records.save(failure("beta/old01", daysAgo(5), "host key for old01 changed"));
        storage = new PerHostStorage()
                .host("acme/web01", new DatasetSizes(9000, 5000, -1, 4000), "planb-a", "planb-b", "planb-c");
        storage.unreadable.put(HostId.parse("beta/old01"), "cannot list snapshots of tank/BACKUP/beta/old01: I/O error");
        groups = List.of(
                new GroupSpec("acme", List.of(TestHosts.local("acme/web01"), TestHosts.local("acme/db01", "/", "1d", false))),
                new GroupSpec("beta", List.of(TestHosts.local("beta/old01"))));
    }

    @Test
    void aHostsStateComesFromItsWholeHistoryItsRunsFromThePeriodAndItsSpaceFromTheStorageNow() throws Exception {
        BackupReport report = new ReportBuilder(storage, RunSource.of(records)).build(groups, NOW, PERIOD);

        HostReport web = report.groups().get(0).hosts().get(0);
        RunHistory period = RunHistory.of(web.host(), records.history(web.host(), NOW.minus(PERIOD), List.of()));
        HostSummary summary = records.summary(web.host());
        assertThat(web.state()).isEqualTo(HostSummary.State.FAILING).isEqualTo(summary.state());
        assertThat(web.lastSuccessAt()).isEqualTo(daysAgo(10).plusSeconds(120))
                .isEqualTo(Instant.ofEpochMilli(summary.lastSuccessAt()));
        assertThat(web.lastSuccessAge(NOW)).isEqualTo(Duration.ofDays(10).minusSeconds(120));
        assertThat(web.failingSince()).isEqualTo(daysAgo(1));
        assertThat(web.lastError()).contains("Connection refused");
        assertThat(web.runs()).containsEntry(Outcome.SUCCESS, 2).containsEntry(Outcome.FAILED, 1)
                .containsEntry(Outcome.SKIPPED, 1).containsEntry(Outcome.PARTIAL, 0).isEqualTo(period.counts());
        assertThat(web.averageDuration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(web.growthBytes()).as("1500 - 1000 by the records of the period").isEqualTo(500L);
        assertThat(web.space()).isEqualTo(period.space()).hasSize(2);
        assertThat(web.sizes()).as("the storage's, now; not the last run's").isEqualTo(new DatasetSizes(9000, 5000, -1, 4000));
        assertThat(web.snapshotCount()).isEqualTo(3);
        assertThat(web.dataset()).isEqualTo("tank/BACKUP/acme/web01");
        assertThat(web.storageError()).isNull();
    }

    @Test
    void aHostThatNeverRanOrCannotBeReadStillHasItsRow() throws Exception {
        BackupReport report = new ReportBuilder(storage, RunSource.of(records)).build(groups, NOW, PERIOD);

        HostReport db = report.groups().get(0).hosts().get(1);
        assertThat(db.enabled()).isFalse();
        assertThat(db.state()).isEqualTo(HostSummary.State.NEVER_RUN);
        assertThat(db.lastSuccessAt()).isNull();
        assertThat(db.lastError()).isNull();
        assertThat(db.averageDuration()).isNull();
        assertThat(db.growthBytes()).isNull();
        assertThat(db.sizes()).isEqualTo(DatasetSizes.UNKNOWN);

        HostReport old = report.groups().get(1).hosts().get(0);
        assertThat(old.lastSuccessAt()).as("the last success lies before the period").isEqualTo(daysAgo(60).plusSeconds(30));
        assertThat(old.state()).isEqualTo(HostSummary.State.FAILING);
        assertThat(old.lastError()).isEqualTo("host key for old01 changed");
        assertThat(old.runs()).containsEntry(Outcome.SUCCESS, 0).containsEntry(Outcome.FAILED, 1);
        assertThat(old.averageDuration()).isNull();
        assertThat(old.snapshotCount()).isEqualTo(-1);
        assertThat(old.storageError()).contains("I/O error");
    }

    @Test
    void totalsAddUpTheHostsOfAGroupAndOfTheReport() throws Exception {
        storage.host("acme/db01", new DatasetSizes(1000, 600, -1, 400), "planb-x");
        records.save(success("acme/db01", daysAgo(3), 30_000, 800, 600));
        BackupReport report = new ReportBuilder(storage, RunSource.of(records)).build(groups, NOW, PERIOD);

        ReportTotals acme = report.groups().get(0).totals();
        assertThat(acme.hosts()).isEqualTo(2);
        assertThat(acme.failing()).isEqualTo(1);
        assertThat(acme.usedBytes()).isEqualTo(10_000);
        assertThat(acme.usedBySnapshotsBytes()).isEqualTo(4400);
        assertThat(acme.referencedBytes()).isEqualTo(5600);
        assertThat(acme.snapshotCount()).isEqualTo(4);
        assertThat(acme.growthBytes()).as("db01 has one measurement: no growth").isEqualTo(500L);
        assertThat(acme.runs()).containsEntry(Outcome.SUCCESS, 3).containsEntry(Outcome.FAILED, 1);
        assertThat(acme.averageDuration()).as("(60 + 120 + 30) / 3 s").isEqualTo(Duration.ofSeconds(70));
        assertThat(acme.newestSuccessAt()).isEqualTo(daysAgo(3).plusSeconds(30));
        assertThat(acme.oldestSuccessAt()).isEqualTo(daysAgo(10).plusSeconds(120));
        assertThat(acme.sizesUnknown()).isZero();

        ReportTotals all = report.totals();
        assertThat(all.hosts()).isEqualTo(3);
        assertThat(all.failing()).isEqualTo(2);
        assertThat(all.usedBytes()).isEqualTo(10_000);
        assertThat(all.sizesUnknown()).as("old01").isEqualTo(1);
        assertThat(all.oldestSuccessAt()).isEqualTo(daysAgo(60).plusSeconds(30));
        assertThat(report.since()).isEqualTo(NOW.minus(PERIOD));
    }

    @Test
    void theStorageIsOnlyRead() throws Exception {
        new ReportBuilder(storage, RunSource.of(records)).build(groups, NOW, PERIOD);

        assertThat(storage.calls).allMatch(call -> call.startsWith("list ") || call.startsWith("sizes "));
    }

    @Test
    void aPeriodMustBeLongerThanZero() {
        ReportBuilder builder = new ReportBuilder(storage, RunSource.of(records));
        assertThatThrownBy(() -> builder.build(groups, NOW, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
