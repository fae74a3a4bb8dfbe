package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.study.DueForecast.DayCount;

class DueForecastTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DayBoundary BOUNDARY = DayBoundary.of(LONDON);
    /** 10:00 BST on Monday 15 September 2025: study day 15 September. */
    private static final Instant NOW = local("2025-09-15T10:00");
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LONDON).toInstant();
    }

    private static List<Integer> counts(List<DayCount> forecast) {
        return forecast.stream().map(DayCount::due).toList();
    }

    @Test
    void oneEntryPerStudyDayStartingToday() {
        List<DayCount> forecast = DueForecast.byDay(List.of(), BOUNDARY, NOW, 3);

        assertThat(forecast).containsExactly(new DayCount(TODAY, 0), new DayCount(TODAY.plusDays(1), 0),
                new DayCount(TODAY.plusDays(2), 0));
    }

    @Test
    void aReviewDueBeforeTheRolloverBelongsToTheStudyDayBefore() {
        List<Instant> dues = List.of(local("2025-09-16T03:00"), local("2025-09-16T04:00"),
                local("2025-09-16T23:30"), local("2025-09-17T03:59"));

        assertThat(counts(DueForecast.byDay(dues, BOUNDARY, NOW, 3))).containsExactly(1, 3, 0);
    }

    @Test
    void overdueReviewsCountToday() {
        List<Instant> dues = List.of(local("2025-08-01T09:00"), local("2025-09-14T12:00"),
                local("2025-09-15T03:00"), local("2025-09-15T09:00"), local("2025-09-15T20:00"));

        assertThat(counts(DueForecast.byDay(dues, BOUNDARY, NOW, 2))).containsExactly(5, 0);
    }

    @Test
    void theWindowEndIsExclusive() {
        List<Instant> dues = List.of(local("2025-09-21T12:00"), local("2025-09-22T03:59"),
                local("2025-09-22T04:00"), local("2025-12-25T12:00"));

        assertThat(counts(DueForecast.byDay(dues, BOUNDARY, NOW, 7))).containsExactly(0, 0, 0, 0, 0, 0, 2);
    }

    @Test
    void earlyMorningNowIsStillYesterdaysStudyDay() {
        Instant earlyMorning = local("2025-09-16T02:00");
        List<DayCount> forecast = DueForecast.byDay(List.of(local("2025-09-15T22:00")), BOUNDARY, earlyMorning, 1);

        assertThat(forecast).containsExactly(new DayCount(TODAY, 1));
    }

    @Test
    void aDayThatLosesAnHourIsStillOneDay() {
        Instant beforeDst = local("2026-03-28T12:00");
        List<Instant> dues = List.of(local("2026-03-29T03:30"), local("2026-03-29T05:00"), local("2026-03-30T03:30"));

        assertThat(DueForecast.byDay(dues, BOUNDARY, beforeDst, 2)).containsExactly(
                new DayCount(LocalDate.of(2026, 3, 28), 1), new DayCount(LocalDate.of(2026, 3, 29), 2));
    }

    @Test
    void atLeastOneDayIsNeeded() {
        assertThatThrownBy(() -> DueForecast.byDay(List.of(), BOUNDARY, NOW, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a forecast needs at least 1 day, was 0");
    }
}
