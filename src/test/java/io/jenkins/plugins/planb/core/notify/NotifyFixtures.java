package io.jenkins.plugins.planb.core.notify;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Runs of acme/web01, one an hour from {@link #T0}. */
final class NotifyFixtures {

    static final HostId HOST = new HostId("acme", "web01");
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private NotifyFixtures() {}

    static RunRecord run(int index, Outcome outcome) {
        Instant start = T0.plus(Duration.ofHours(index));
        boolean snapshot = outcome.snapshotTaken();
        return new RunRecord(HOST, outcome, snapshot ? "planb-" + index : null, "tank/BACKUP/acme/web01", start,
                start.plusSeconds(90), outcome == Outcome.SKIPPED ? null : snapshot ? 0 : 255, RsyncStats.NONE,
                List.of(), outcome == Outcome.FAILED ? "ssh: connect to host web01 port 22: Connection refused\nmore"
                        : outcome == Outcome.SKIPPED ? "do-not-run marker" : null,
                List.of(), PhaseTimes.NONE, snapshot ? new DatasetSizes(5000, 4000, 100) : DatasetSizes.UNKNOWN,
                snapshot ? index + 1 : -1);
    }
}
