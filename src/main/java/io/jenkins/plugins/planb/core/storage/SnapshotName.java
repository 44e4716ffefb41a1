package io.jenkins.plugins.planb.core.storage;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names PlanB gives its own snapshots, and how to tell them from manual ones.
 *
 * <p>Our names are {@code planb-YYYYMMDDTHHMMSSZ} (UTC, second resolution). The old PlanB form
 * {@code planb-YYYYMMDDTHHMMZ} (minute resolution) is ours too, so datasets migrated from PlanB
 * keep rotating. Every other name is a manual snapshot, which retention never destroys.
 *
 * <p>This is deliberately stricter than the old PlanB, which rotated any {@code <prefix>-<time>}
 * whose prefix was not a valid custom prefix (for example {@code Archive-20200101T0000Z} or
 * {@code my_snap-20200101T0000Z}): a name we did not write ourselves is never ours to destroy.
 */
public final class SnapshotName {

    /** The prefix of every snapshot PlanB takes itself. */
    public static final String PREFIX = "planb";

    private static final Pattern OWN = Pattern.compile(
            "planb-(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})?Z");

    private static final DateTimeFormatter SECOND_FORM =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private SnapshotName() {
    }

    /**
     * The time a PlanB snapshot was taken, read from its name.
     *
     * @return empty for a manual snapshot: any name that is not {@code planb-} followed by a
     *     valid UTC date and time in the minute or second form
     */
    public static Optional<Instant> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = OWN.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1) {
            return Optional.empty(); // the old PlanB (Python datetime) cannot represent year 0
        }
        try {
            LocalDateTime time = LocalDateTime.of(
                    year,
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(time.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty(); // e.g. month 13 or 25 o'clock: not a name we wrote
        }
    }

    /** Whether retention may rotate (and so destroy) this snapshot. */
    public static boolean isOwn(String name) {
        return parse(name).isPresent();
    }

    /** The name for a snapshot taken at {@code time}; sub-second parts are dropped. */
    public static String format(Instant time) {
        return PREFIX + "-" + SECOND_FORM.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The name for a new snapshot taken now, given the names that already exist.
     *
     * <p>The time comes from {@code clock}, in whole seconds. When that second is not after the
     * newest of our own existing snapshots (two runs in one second, or a clock that went back),
     * the name moves to the second after that newest snapshot. So a new name never collides and
     * always sorts as the newest, which retention relies on: it always keeps the newest.
     */
    public static String next(Clock clock, Collection<String> existingNames) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(existingNames, "existingNames");
        Instant candidate = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant newestOwn = null;
        for (String name : existingNames) {
            Optional<Instant> time = parse(name);
            if (time.isPresent() && (newestOwn == null || time.get().isAfter(newestOwn))) {
                newestOwn = time.get();
            }
        }
        if (newestOwn != null && !candidate.isAfter(newestOwn)) {
            candidate = newestOwn.plusSeconds(1);
        }
        return format(candidate);
    }
}
