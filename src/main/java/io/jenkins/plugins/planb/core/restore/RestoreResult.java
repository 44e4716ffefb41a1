package io.jenkins.plugins.planb.core.restore;

import io.jenkins.plugins.planb.core.run.Outcome;
import java.util.List;

/**
 * What a restore did.
 *
 * @param outcome       SUCCESS; PARTIAL (rsync 23/24: some items could not be written, its errors were
 *                      logged); FAILED; SKIPPED (the host is being backed up)
 * @param source        where it read, e.g. {@code snapshot planb-… of acme/web01, etc/nginx (the temporary clone …)}
 * @param destination   where it wrote, e.g. {@code /tmp/restore/} or {@code web01.example.com:/etc/nginx/}
 * @param items         a dry run's plan, item by item; empty after a real restore (only counted)
 * @param counts        what was (or would be) written and left alone
 * @param bytes         bytes of file data written (rsync's "Total transferred file size"); {@code -1} unknown
 * @param rsyncExitCode of the last rsync; {@code -1} when none ran
 * @param error         {@code null} or the first meaningful error line
 * @param notes         what the restore wants said about itself (overwrite policy, owners, a leftover clone)
 */
public record RestoreResult(Outcome outcome, String source, String destination, List<RestoreItem> items,
        ItemCounts counts, long bytes, int rsyncExitCode, String error, List<String> notes) {

    public RestoreResult {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }
}
