package io.jenkins.plugins.planb.core.transport;

import io.jenkins.plugins.planb.core.run.Outcome;
import java.util.List;

/**
 * How a transfer ended, in the terms of the run record.
 *
 * @param outcome  SUCCESS, PARTIAL or FAILED (the transfer alone never decides SKIPPED)
 * @param exitCode rsync's exit code; -1 when it was killed (timeout or interrupt)
 * @param error    {@code null} on SUCCESS; else the first meaningful line for the record,
 *                 e.g. {@code "host key for [10.0.0.1]:2222 changed (known_hosts: /…)"}
 * @param stats    the parsed {@code --stats} summary, {@link RsyncStats#NONE} when absent
 * @param warnings rsync's own error lines on a PARTIAL run (bounded), kept for the record
 */
public record TransferResult(Outcome outcome, int exitCode, String error, RsyncStats stats, List<String> warnings) {

    public TransferResult {
        warnings = List.copyOf(warnings);
    }
}
