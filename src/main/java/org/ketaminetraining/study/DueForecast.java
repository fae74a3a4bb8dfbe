package org.ketaminetraining.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.scheduling.policy.DayBoundary;

/** How many reviews fall due on each of the coming study days, for the dashboard's chart. */
public final class DueForecast {

    private DueForecast() {
    }

    /** The reviews due on one study day. */
    public record DayCount(LocalDate day, int due) {
        public DayCount {
            Objects.requireNonNull(day, "day");
            if (due < 0) {
                throw new IllegalArgumentException("due must be 0 or more, was " + due);
            }
        }
    }

    /**
     * One entry for each of {@code days} study days, starting with the study day of {@code now}. Each due instant
     * counts on its study day under {@code boundary}, so a review due at 03:00 belongs to the day before when the
     * day rolls over at 04:00. Anything already overdue counts today, because today is when the learner will do
     * it; anything due after the window is left out.
     *
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    public static List<DayCount> byDay(Collection<Instant> dues, DayBoundary boundary, Instant now, int days) {
        Objects.requireNonNull(dues, "dues");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(now, "now");
        if (days < 1) {
            throw new IllegalArgumentException("a forecast needs at least 1 day, was " + days);
        }
        LocalDate today = boundary.studyDay(now);
        int[] counts = new int[days];
        for (Instant due : dues) {
            long offset = Math.max(0, ChronoUnit.DAYS.between(today, boundary.studyDay(due)));
            if (offset < days) {
                counts[(int) offset]++;
            }
        }
        List<DayCount> forecast = new ArrayList<>(days);
        for (int offset = 0; offset < days; offset++) {
            forecast.add(new DayCount(today.plusDays(offset), counts[offset]));
        }
        return List.copyOf(forecast);
    }
}
