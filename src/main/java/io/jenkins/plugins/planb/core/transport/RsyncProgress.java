package io.jenkins.plugins.planb.core.transport;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rsync's {@code --info=progress2} output (rsync 3.1 and later; checked against the
 * output of 3.5.0 recorded in the tests), one line at a time, into {@link TransferProgress}.
 *
 * <p>rsync redraws one line with {@code \r} and prints, in {@code progress.c}:
 *
 * <pre>
 * \r     21,463,040   9%   19.98MB/s    0:00:09                              while a file moves: time left
 * \r    209,715,200  97%   20.18MB/s    0:00:09 (xfr#1, to-chk=50/52)        when a file is done: time taken
 * \r              0   0%    0.00kB/s    0:00:00 (xfr#0, ir-chk=1000/1041)    still listing the tree
 * </pre>
 *
 * <p>The byte count has thousands separators unless {@code --no-human-readable}; the rate is in
 * {@code kB/s}, {@code MB/s}, {@code GB/s} of 1024; an unknown time is {@code ??:??:??}; a
 * shorter line is padded with blanks. Only the lines at the end of a file carry the file
 * counters, so this reader keeps them from one line to the next: it is one reader per transfer.
 * A line may also hold several {@code \r}-separated updates (a reader that splits only at
 * {@code \n}); the last complete one counts.
 *
 * <p>Not thread-safe: feed it from the one thread that reads rsync's stdout.
 */
public final class RsyncProgress {

    private static final Pattern LINE = Pattern.compile(
            "\\s*([0-9][0-9,.]*)\\s+([0-9]{1,3})%\\s+([0-9]+(?:\\.[0-9]+)?)([kMG])B/s\\s+"
                    + "(\\d+:\\d{2}:\\d{2}|\\?\\?:\\?\\?:\\?\\?)"
                    + "(?:\\s+\\(xfr#(\\d+), (ir|to)-chk=(\\d+)/(\\d+)\\))?\\s*");

    private TransferProgress last;

    /** Whether {@code line} is (or holds) a progress update rather than other rsync output. */
    public static boolean isProgress(String line) {
        for (String part : line.split("\r")) {
            if (LINE.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The state after {@code line}, or empty when the line is no progress update. */
    public Optional<TransferProgress> accept(String line) {
        TransferProgress found = null;
        for (String part : line.split("\r")) {
            Matcher matcher = LINE.matcher(part);
            if (matcher.matches()) {
                found = read(matcher);
                last = found;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The last state read, if any. */
    public Optional<TransferProgress> last() {
        return Optional.ofNullable(last);
    }

    private TransferProgress read(Matcher m) {
        long bytes = digits(m.group(1));
        int percent = Integer.parseInt(m.group(2));
        long rate = rate(m.group(3), m.group(4));
        boolean fileDone = m.group(6) != null;
        long transferred;
        long checked;
        long total;
        boolean complete;
        if (fileDone) {
            transferred = Long.parseLong(m.group(6));
            complete = m.group(7).equals("to");
            long remaining = Long.parseLong(m.group(8));
            total = Long.parseLong(m.group(9));
            checked = Math.max(0, total - remaining);
        } else if (last != null) {
            transferred = last.filesTransferred();
            checked = last.filesChecked();
            total = last.filesTotal();
            complete = last.listComplete();
        } else {
            transferred = -1;
            checked = -1;
            total = -1;
            complete = false;
        }
        // While a file moves the time is what rsync expects is left; after one, the time it took.
        Duration eta = !fileDone && complete ? time(m.group(5)) : null;
        return new TransferProgress(bytes, complete ? percent : -1, rate, eta, transferred, checked, total, complete);
    }

    private static long digits(String text) {
        return Long.parseLong(text.replace(",", "").replace(".", ""));
    }

    private static long rate(String number, String unit) {
        double perSecond = Double.parseDouble(number) * switch (unit) {
            case "k" -> 1024.0;
            case "M" -> 1024.0 * 1024;
            default -> 1024.0 * 1024 * 1024;
        };
        return Math.round(perSecond);
    }

    private static Duration time(String text) {
        if (text.startsWith("?")) {
            return null;
        }
        String[] parts = text.split(":");
        return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                .plusSeconds(Long.parseLong(parts[2]));
    }
}
