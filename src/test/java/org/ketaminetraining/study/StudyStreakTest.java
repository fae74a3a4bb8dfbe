package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyStreakTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

    private static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    @Test
    void noStudyIsNoStreak() {
        assertThat(StudyStreak.daysInARow(List.of(), TODAY)).isZero();
    }

    @Test
    void consecutiveDaysEndingTodayCount() {
        assertThat(StudyStreak.daysInARow(List.of(TODAY), TODAY)).isEqualTo(1);
        assertThat(StudyStreak.daysInARow(List.of(daysAgo(2), daysAgo(1), TODAY), TODAY)).isEqualTo(3);
    }

    @Test
    void aGapEndsTheStreak() {
        assertThat(StudyStreak.daysInARow(List.of(daysAgo(5), daysAgo(4), daysAgo(2), daysAgo(1), TODAY), TODAY))
                .isEqualTo(3);
    }

    @Test
    void withoutStudyTodayTheStreakEndsYesterday() {
        assertThat(StudyStreak.daysInARow(List.of(daysAgo(3), daysAgo(2), daysAgo(1)), TODAY)).isEqualTo(3);
    }

    @Test
    void withoutStudyTodayOrYesterdayThereIsNoStreak() {
        assertThat(StudyStreak.daysInARow(List.of(daysAgo(4), daysAgo(3), daysAgo(2)), TODAY)).isZero();
    }

    @Test
    void duplicatesAndOrderDoNotMatter() {
        assertThat(StudyStreak.daysInARow(List.of(TODAY, daysAgo(1), TODAY, daysAgo(1), daysAgo(1)), TODAY))
                .isEqualTo(2);
    }

    @Test
    void daysAfterTodayAreIgnored() {
        assertThat(StudyStreak.daysInARow(List.of(TODAY.plusDays(1), daysAgo(1)), TODAY)).isEqualTo(1);
    }

    @Test
    void aStreakCanCrossAYearEnd() {
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        assertThat(StudyStreak.daysInARow(List.of(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31), newYear),
                newYear)).isEqualTo(3);
    }
}
