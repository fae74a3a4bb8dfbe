package org.ketaminetraining.scheduling.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where one study day ends and the next begins: at {@code rolloverHour} o'clock wall-clock time in the
 * organisation's time zone (04:00 by default, so that a night shift's late session still counts as "today").
 *
 * <p>Definition: the study day of an instant is the calendar date of its local date-time in {@code zone} minus
 * {@code rolloverHour} hours. Elapsed days are the difference of study days, so they are always whole: a review at
 * 23:00 and one at 05:00 the next morning are 1 day apart; 03:00 and 05:00 the same morning are too; 05:00 and
 * 23:00 the same day are 0. Because the rollover is wall-clock time, a day that gains or loses an hour to a DST
 * change is still one study day (of 25 or 23 hours).
 *
 * <p>An immutable value: equal when zone and rollover hour are equal.
 */
public final class DayBoundary {

    /** Anki's and this app's default rollover hour. */
    public static final int DEFAULT_ROLLOVER_HOUR = 4;
    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    private final int rolloverHour;
    private final ZoneOffsetTable offsets;

    /**
     * @param zone         the organisation's time zone
     * @param rolloverHour 0..23
     */
    public DayBoundary(ZoneId zone, int rolloverHour) {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("rolloverHour must be 0..23, was " + rolloverHour);
        }
        this.rolloverHour = rolloverHour;
        this.offsets = new ZoneOffsetTable(zone);
    }

    /** The boundary at 04:00 in {@code zone}. */
    public static DayBoundary of(ZoneId zone) {
        return new DayBoundary(zone, DEFAULT_ROLLOVER_HOUR);
    }

    public ZoneId zone() {
        return zone;
    }

    public int rolloverHour() {
        return rolloverHour;
    }

    /** The study day that {@code instant} belongs to. */
    public LocalDate studyDay(Instant instant) {
        return LocalDate.ofEpochDay(studyEpochDay(instant));
    }

    /**
     * Whole study days from {@code from} to {@code to}: 0 within one study day, negative when {@code to} is
     * on an earlier study day.
     */
    public long elapsedDays(Instant from, Instant to) {
        return studyEpochDay(to) - studyEpochDay(from);
    }

    /**
     * The first instant of {@code studyDay}. When the rollover hour falls in a DST gap the day starts at the
     * first wall-clock time after the gap; in an overlap, at the earlier of the two instants.
     */
    public Instant startOf(LocalDate studyDay) {
        return startOfEpochDay(studyDay.toEpochDay());
    }

    /** The start of the study day {@code days} after the study day of {@code reviewedAt}: where a day interval lands. */
    public Instant dueAfterDays(Instant reviewedAt, int days) {
        return startOfEpochDay(studyEpochDay(reviewedAt) + days);
    }

    private Instant startOfEpochDay(long epochDay) {
        return Instant.ofEpochSecond(offsets.instantOfLocal(epochDay * SECONDS_PER_DAY + rolloverHour * 3600L));
    }

    private long studyEpochDay(Instant instant) {
        long epochSecond = instant.getEpochSecond();
        long localSeconds = epochSecond + offsets.offsetAt(epochSecond);
        return Math.floorDiv(localSeconds - rolloverHour * 3600L, SECONDS_PER_DAY);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DayBoundary that && zone.equals(that.zone) && rolloverHour == that.rolloverHour;
    }

    @Override
    public int hashCode() {
        return 31 * zone.hashCode() + rolloverHour;
    }

    @Override
    public String toString() {
        return "DayBoundary[" + zone + ", rollover " + rolloverHour + ":00]";
    }
}
