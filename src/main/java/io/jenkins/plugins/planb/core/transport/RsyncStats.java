package io.jenkins.plugins.planb.core.transport;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of rsync's {@code --stats} summary, as the run record keeps them.
 *
 * <p>{@link #bytesTransferred} is rsync's "Total transferred file size": the size of the files
 * that changed, which is what an admin means by "how much changed today" and what a snapshot
 * grows by at most. The wire traffic (compressed, plus delta data and file lists) is
 * {@link #bytesSent} + {@link #bytesReceived}; {@link #literalData} is what actually had to be
 * sent as new data.
 *
 * <p>A value rsync did not print is {@code -1}. Numbers may carry thousands separators
 * ({@code 1,234} or {@code 1.234}): we ask for {@code --no-human-readable}, but an older rsync
 * or someone's wrapper may still format them.
 *
 * @param filesTotal        "Number of files" (files, directories, links, devices; the whole tree seen)
 * @param filesCreated      "Number of created files"
 * @param filesDeleted      "Number of deleted files"
 * @param filesTransferred  "Number of regular files transferred"
 * @param totalFileSize     "Total file size" in bytes, of the whole tree
 * @param bytesTransferred  "Total transferred file size" in bytes
 * @param literalData       "Literal data" in bytes
 * @param matchedData       "Matched data" in bytes
 * @param bytesSent         "Total bytes sent" (by this side)
 * @param bytesReceived     "Total bytes received" (by this side)
 */
public record RsyncStats(
        long filesTotal,
        long filesCreated,
        long filesDeleted,
        long filesTransferred,
        long totalFileSize,
        long bytesTransferred,
        long literalData,
        long matchedData,
        long bytesSent,
        long bytesReceived) {

    /** Stats of a run that printed none (it failed before the summary). */
    public static final RsyncStats NONE = new RsyncStats(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1);

    private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z][A-Za-z ]*?):\\s+([0-9][0-9,.]*)(?:\\s|$)");

    /** Whether the summary was found at all. */
    public boolean present() {
        return filesTotal >= 0;
    }

    /** Reads the summary out of rsync's stdout; lines that are not part of it are ignored. */
    public static RsyncStats parse(String stdout) {
        Map<String, Long> values = new HashMap<>();
        if (stdout != null) {
            for (String line : stdout.split("[\r\n]")) {
                Matcher matcher = LINE.matcher(line);
                if (matcher.find()) {
                    Long value = number(matcher.group(2));
                    if (value != null) {
                        values.put(matcher.group(1), value);
                    }
                }
            }
        }
        return new RsyncStats(
                values.getOrDefault("Number of files", -1L),
                values.getOrDefault("Number of created files", -1L),
                values.getOrDefault("Number of deleted files", -1L),
                values.getOrDefault("Number of regular files transferred", -1L),
                values.getOrDefault("Total file size", -1L),
                values.getOrDefault("Total transferred file size", -1L),
                values.getOrDefault("Literal data", -1L),
                values.getOrDefault("Matched data", -1L),
                values.getOrDefault("Total bytes sent", -1L),
                values.getOrDefault("Total bytes received", -1L));
    }

    /**
     * An integer with optional thousands separators; {@code null} for a decimal such as
     * {@code 0.001} (a time, not a count).
     */
    private static Long number(String text) {
        String digits = text.replaceAll("[,.]$", "");
        if (digits.matches("\\d{1,3}([,.]\\d{3})+|\\d+")) {
            return Long.parseLong(digits.replace(",", "").replace(".", ""));
        }
        return null;
    }
}
