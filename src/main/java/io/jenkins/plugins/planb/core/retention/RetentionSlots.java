package io.jenkins.plugins.planb.core.retention;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar arithmetic of PlanB's retention walk: which slot (start of an hour, day, week,
 * month or year, in UTC) a period wants next.
 *
 * <p>PlanB expresses this with dateutil {@code relativedelta}s, and two of their quirks decide
 * the results, so they are reproduced here on purpose:
 * <ul>
 *   <li>The week "floor" is {@code weekday=SU(+1)}, which jumps <em>forward</em> to the next-or-same
 *   Sunday 00:00; subtracting a relativedelta negates only its relative fields, never the weekday.
 *   Usually that lands after the snapshot, and the step back of 7 days then gives the
 *   previous-or-same Sunday; only a snapshot taken on a Sunday after 00:00 keeps its own Sunday.
 *   A consequence: after a pick made on a Monday to Saturday just after the wanted Sunday, the
 *   next wish is that same Sunday again (the "already wanted" test compares against the forward
 *   floor, which differs), so a weekly walk can pick two snapshots for one Sunday.
 *   <li>In a step back, the absolute fields (day 1, 00:00, …) are set first, then the months,
 *   days or hours are subtracted, then the weekday jump happens.
 * </ul>
 */
final class RetentionSlots {

    private static final DateTimeFormatter HOUR_LABEL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH");
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final DateTimeFormatter YEAR_LABEL = DateTimeFormatter.ofPattern("uuuu");

    private RetentionSlots() {
    }

    /**
     * The slot wanted after the pick at {@code reference}, PlanB's {@code RetentionPeriod.__call__}:
     * the reference's own slot, unless that slot is not before the reference or was already the
     * previous wish ({@code previousSlot}, null on the first step), then the slot before it.
     */
    static LocalDateTime nextSlot(Period period, LocalDateTime reference, LocalDateTime previousSlot) {
        LocalDateTime slot = clamp(period, reference);
        if (!slot.isBefore(reference)
                || (previousSlot != null && slot.equals(clamp(period, previousSlot)))) {
            slot = stepBack(period, slot);
        }
        return slot;
    }

    /** {@code time + clamp} in PlanB's terms. */
    static LocalDateTime clamp(Period period, LocalDateTime time) {
        return switch (period) {
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case DAY -> time.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> nextOrSameSunday(time.truncatedTo(ChronoUnit.DAYS));
            case MONTH -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case YEAR -> time.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
    }

    /** {@code time - (clamp + delta)} in PlanB's terms. */
    static LocalDateTime stepBack(Period period, LocalDateTime time) {
        LocalDateTime midnight = time.truncatedTo(ChronoUnit.DAYS);
        return switch (period) {
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS).minusHours(1);
            case DAY -> midnight.minusDays(1);
            case WEEK -> nextOrSameSunday(midnight.minusDays(7));
            case MONTH -> midnight.withDayOfMonth(1).minusMonths(1);
            case YEAR -> midnight.withDayOfYear(1).minusYears(1);
        };
    }

    /** How a slot is named in a keep reason, e.g. {@code 2026-11-20T13} or {@code 2026-11}. */
    static String label(Period period, LocalDateTime slot) {
        return switch (period) {
            case HOUR -> HOUR_LABEL.format(slot);
            case DAY, WEEK -> DAY_LABEL.format(slot);
            case MONTH -> MONTH_LABEL.format(slot);
            case YEAR -> YEAR_LABEL.format(slot);
        };
    }

    private static LocalDateTime nextOrSameSunday(LocalDateTime time) {
        return time.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
