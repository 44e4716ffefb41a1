package io.jenkins.plugins.planb.core.report;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.RunRecordStore;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Where a report reads a host's runs: the command's run records ({@link #of(RunRecordStore)}),
 * or, in Jenkins, the host's builds.
 */
public interface RunSource {

    /** The host's state over its whole history. */
    HostSummary summary(HostId host) throws IOException;

    /**
     * The host's runs that started at or after {@code since}, oldest first; records that cannot
     * be read are skipped and named in {@code unreadable}.
     */
    List<RunRecord> history(HostId host, Instant since, List<String> unreadable) throws IOException;

    static RunSource of(RunRecordStore records) {
        return new RunSource() {
            @Override
            public HostSummary summary(HostId host) throws IOException {
                return records.summary(host);
            }

            @Override
            public List<RunRecord> history(HostId host, Instant since, List<String> unreadable) throws IOException {
                return records.history(host, since, unreadable);
            }
        };
    }
}
