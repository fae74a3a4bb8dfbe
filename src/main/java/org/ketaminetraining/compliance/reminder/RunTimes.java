package org.ketaminetraining.compliance.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When the next scheduled run is due: a local time in the organisation's zone (daylight saving included: 02:30 on a
 * day that skips it runs at the first valid moment after), every day or on one day of the week.
 */
public final class RunTimes {

    private RunTimes() {
    }

    /** The first instant strictly after {@code now} at {@code at} local time (on {@code day} when given). */
    public static Instant next(Instant now, ZoneId zone, LocalTime at, Optional<DayOfWeek> day) {
        Objects.requireNonNull(at, "at");
        LocalDate date = now.atZone(zone).toLocalDate();
        for (int i = 0; i <= 8; i++) {
            LocalDate candidate = date.plusDays(i);
            if (day.isPresent() && candidate.getDayOfWeek() != day.get()) {
                continue;
            }
            Instant when = ZonedDateTime.of(candidate, at, zone).toInstant();
            if (when.isAfter(now)) {
                return when;
            }
        }
        throw new IllegalStateException("no run time within eight days");
    }
}
