package io.jenkins.plugins.planb.core.transport;

import java.time.Duration;
import java.util.Locale;

/**
 * How far a transfer is, as rsync's {@code --info=progress2} last reported it
 * ({@link RsyncProgress} reads it).
 *
 * <p>rsync counts {@link #bytes} as the sizes of the files it has transferred so far, matched
 * data included, so an in-place update of one block of a large file counts the whole file. Its
 * {@link #percent} and {@link #eta} measure that against the size of the whole tree, unchanged
 * files included: right for a first backup, an overestimate of what is left for later ones.
 * They are only given once the file list is complete ({@link #listComplete}); before that rsync
 * is still discovering the tree (incremental recursion) and the total is not known.
 *
 * @param bytes            bytes of transferred files so far
 * @param percent          {@code bytes} as a percentage of the tree, 0–100; -1 while unknown
 * @param bytesPerSecond   rsync's current rate; -1 while unknown
 * @param eta              rsync's estimate of the time left; {@code null} while unknown
 * @param filesTransferred files transferred so far ({@code xfr#}); -1 while unknown
 * @param filesChecked     files of the list rsync has checked so far; -1 while unknown
 * @param filesTotal       files in the list so far; -1 while unknown
 * @param listComplete     the whole tree is listed ({@code to-chk}), not still being discovered ({@code ir-chk})
 */
public record TransferProgress(
        long bytes,
        int percent,
        long bytesPerSecond,
        Duration eta,
        long filesTransferred,
        long filesChecked,
        long filesTotal,
        boolean listComplete) {

    /** Whether anything moved between {@code earlier} and this state: bytes, files sent or files checked. */
    public boolean movedSince(TransferProgress earlier) {
        return earlier == null
                || bytes != earlier.bytes
                || filesTransferred != earlier.filesTransferred
                || filesChecked != earlier.filesChecked
                || filesTotal != earlier.filesTotal;
    }

    /**
     * One line for a person: {@code 1.2 GiB in 12 files, 4,567/20,041 checked, 45.6 MiB/s, 34%,
     * ETA 0:12:34}; what rsync has not said yet is left out.
     */
    public String describe() {
        StringBuilder line = new StringBuilder(bytes(bytes));
        if (filesTransferred >= 0) {
            line.append(" in ").append(count(filesTransferred)).append(filesTransferred == 1 ? " file" : " files");
        }
        if (filesChecked >= 0 && filesTotal >= 0) {
            line.append(", ").append(count(filesChecked)).append('/').append(count(filesTotal))
                    .append(listComplete ? "" : "+").append(" checked");
        }
        if (bytesPerSecond >= 0) {
            line.append(", ").append(bytes(bytesPerSecond)).append("/s");
        }
        if (percent >= 0) {
            line.append(", ").append(percent).append('%');
        }
        if (eta != null) {
            long seconds = eta.toSeconds();
            line.append(String.format(Locale.ROOT, ", ETA %d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60));
        }
        return line.toString();
    }

    /** {@code 123 B}, {@code 1.5 KiB}, {@code 12.3 MiB}, {@code 1.02 GiB}, … (binary units, as rsync's). */
    static String bytes(long value) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double amount = value;
        int unit = 0;
        while (amount >= 1024 && unit < units.length - 1) {
            amount /= 1024;
            unit++;
        }
        if (unit == 0) {
            return value + " B";
        }
        String format = amount >= 100 ? "%.0f %s" : amount >= 10 ? "%.1f %s" : "%.2f %s";
        return String.format(Locale.ROOT, format, amount, units[unit]);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
