package org.ketaminetraining.study;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** How many study days in a row a learner has studied, for the dashboard. */
public final class StudyStreak {

    private StudyStreak() {
    }

    /**
     * The number of consecutive study days in {@code studyDays} ending with {@code today}, or ending yesterday
     * when the learner has not studied yet today: the streak is not broken until today is over, and showing 0 each
     * morning would punish the learner for the time of day. Days after {@code today} are ignored.
     */
    public static int daysInARow(Collection<LocalDate> studyDays, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Set<LocalDate> studied = new HashSet<>(studyDays);
        LocalDate day = studied.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (studied.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
