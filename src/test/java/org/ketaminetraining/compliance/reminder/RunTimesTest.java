package org.ketaminetraining.compliance.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunTimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theNextNightlyRunIsTodayOrTomorrowAtTheLocalTime() {
        assertThat(RunTimes.next(Instant.parse("2027-01-10T01:00:00Z"), LONDON, LocalTime.of(2, 0), Optional.empty()))
                .isEqualTo(Instant.parse("2027-01-10T02:00:00Z"));
        assertThat(RunTimes.next(Instant.parse("2027-01-10T02:00:00Z"), LONDON, LocalTime.of(2, 0), Optional.empty()))
                .as("strictly after now").isEqualTo(Instant.parse("2027-01-11T02:00:00Z"));
        assertThat(RunTimes.next(Instant.parse("2027-07-10T00:30:00Z"), LONDON, LocalTime.of(2, 0), Optional.empty()))
                .as("summer time").isEqualTo(Instant.parse("2027-07-10T01:00:00Z"));
    }

    @Test
    void aSkippedLocalTimeRunsAtTheFirstValidMoment() {
        // 28 March 2027: London's clocks jump from 01:00 to 02:00 GMT, so 01:30 does not exist.
        assertThat(RunTimes.next(Instant.parse("2027-03-27T12:00:00Z"), LONDON, LocalTime.of(1, 30),
                Optional.empty())).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
    }

    @Test
    void theWeeklyDigestRunsOnItsDay() {
        // Wednesday 6 January 2027
        assertThat(RunTimes.next(Instant.parse("2027-01-06T10:00:00Z"), LONDON, LocalTime.of(6, 0),
                Optional.of(DayOfWeek.MONDAY))).isEqualTo(Instant.parse("2027-01-11T06:00:00Z"));
        assertThat(RunTimes.next(Instant.parse("2027-01-11T05:00:00Z"), LONDON, LocalTime.of(6, 0),
                Optional.of(DayOfWeek.MONDAY))).isEqualTo(Instant.parse("2027-01-11T06:00:00Z"));
    }
}
