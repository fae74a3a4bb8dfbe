package org.ketaminetraining.scheduling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DayBoundaryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final DayBoundary berlin = DayBoundary.of(BERLIN);

    private static Instant at(ZoneId zone, int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }

    @Test
    void aLateSessionAndTheNextMorningAreOneDayApart() {
        assertThat(berlin.elapsedDays(at(BERLIN, 2025, 5, 12, 23, 0), at(BERLIN, 2025, 5, 13, 5, 0))).isEqualTo(1);
    }

    @Test
    void beforeTheRolloverHourStillBelongsToYesterday() {
        Instant nightShift = at(BERLIN, 2025, 5, 13, 3, 59);
        assertThat(berlin.studyDay(nightShift)).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(berlin.elapsedDays(nightShift, at(BERLIN, 2025, 5, 13, 4, 0))).isEqualTo(1);
        assertThat(berlin.elapsedDays(at(BERLIN, 2025, 5, 12, 23, 0), nightShift)).isZero();
    }

    @Test
    void wholeDaysOnly() {
        assertThat(berlin.elapsedDays(at(BERLIN, 2025, 5, 12, 5, 0), at(BERLIN, 2025, 5, 12, 23, 59))).isZero();
        assertThat(berlin.elapsedDays(at(BERLIN, 2025, 5, 12, 5, 0), at(BERLIN, 2025, 5, 19, 4, 1))).isEqualTo(7);
        assertThat(berlin.elapsedDays(at(BERLIN, 2025, 5, 19, 5, 0), at(BERLIN, 2025, 5, 12, 5, 0))).isEqualTo(-7);
    }

    @Test
    void springForwardDayIsStillOneStudyDay() {
        Instant saturday = at(BERLIN, 2025, 3, 29, 4, 30);
        Instant sundayBeforeRollover = at(BERLIN, 2025, 3, 30, 3, 59);
        Instant sundayRollover = at(BERLIN, 2025, 3, 30, 4, 0);
        assertThat(Duration.between(saturday, sundayRollover)).isEqualTo(Duration.ofMinutes(22 * 60 + 30));
        assertThat(berlin.elapsedDays(saturday, sundayBeforeRollover)).isZero();
        assertThat(berlin.elapsedDays(saturday, sundayRollover)).isEqualTo(1);
        assertThat(berlin.startOf(LocalDate.of(2025, 3, 30))).isEqualTo(Instant.parse("2025-03-30T02:00:00Z"));
    }

    @Test
    void fallBackDayIsStillOneStudyDay() {
        Instant saturday = berlin.startOf(LocalDate.of(2025, 10, 25));
        Instant sunday = berlin.startOf(LocalDate.of(2025, 10, 26));
        Instant monday = berlin.startOf(LocalDate.of(2025, 10, 27));
        assertThat(Duration.between(saturday, sunday)).as("the clocks go back at 03:00 on Sunday")
                .isEqualTo(Duration.ofHours(25));
        assertThat(Duration.between(sunday, monday)).isEqualTo(Duration.ofHours(24));
        assertThat(berlin.studyDay(saturday.plus(Duration.ofHours(24).plusMinutes(30))))
                .isEqualTo(LocalDate.of(2025, 10, 25));
        assertThat(berlin.elapsedDays(saturday, sunday.minusSeconds(1))).isZero();
    }

    @Test
    void aRolloverHourInsideTheDstGapStartsTheDayAfterTheGap() {
        DayBoundary twoOClock = new DayBoundary(BERLIN, 2);
        assertThat(twoOClock.startOf(LocalDate.of(2025, 3, 30))).isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
        assertThat(twoOClock.studyDay(Instant.parse("2025-03-30T00:59:59Z"))).isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(twoOClock.studyDay(Instant.parse("2025-03-30T01:00:00Z"))).isEqualTo(LocalDate.of(2025, 3, 30));
    }

    @Test
    void newYorkDstChangesAreHandledTheSameWay() {
        DayBoundary newYork = DayBoundary.of(NEW_YORK);
        assertThat(newYork.elapsedDays(at(NEW_YORK, 2025, 3, 8, 20, 0), at(NEW_YORK, 2025, 3, 9, 4, 0)))
                .isEqualTo(1);
        assertThat(newYork.elapsedDays(at(NEW_YORK, 2025, 11, 1, 4, 0), at(NEW_YORK, 2025, 11, 2, 3, 59)))
                .isZero();
        assertThat(newYork.startOf(LocalDate.of(2025, 11, 2))).isEqualTo(Instant.parse("2025-11-02T09:00:00Z"));
    }

    @Test
    void theSameInstantFallsOnDifferentStudyDaysInDifferentZones() {
        Instant instant = Instant.parse("2025-06-10T02:30:00Z");
        assertThat(DayBoundary.of(TOKYO).studyDay(instant)).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(DayBoundary.of(NEW_YORK).studyDay(instant)).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(DayBoundary.of(ZoneOffset.UTC).studyDay(instant)).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(new DayBoundary(ZoneOffset.UTC, 0).studyDay(instant)).isEqualTo(LocalDate.of(2025, 6, 10));
    }

    @Test
    void dayIntervalsLandOnTheStartOfTheDueStudyDay() {
        Instant lateEvening = at(BERLIN, 2025, 3, 28, 23, 30);
        assertThat(berlin.dueAfterDays(lateEvening, 3)).isEqualTo(at(BERLIN, 2025, 3, 31, 4, 0));
        Instant nightShift = at(BERLIN, 2025, 3, 29, 2, 0);
        assertThat(berlin.dueAfterDays(nightShift, 1)).isEqualTo(at(BERLIN, 2025, 3, 29, 4, 0));
    }

    @Test
    void rejectsAnHourOutsideTheDay() {
        assertThatThrownBy(() -> new DayBoundary(BERLIN, 24)).hasMessageContaining("0..23");
        assertThatThrownBy(() -> new DayBoundary(BERLIN, -1)).hasMessageContaining("0..23");
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe",
                "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Chatham", "UTC").map(ZoneId::of);
    }

    @Property
    void everyInstantLiesWithinItsStudyDay(@ForAll("zones") ZoneId zone, @ForAll @IntRange(max = 23) int hour,
            @ForAll @LongRange(min = 1_500_000_000L, max = 1_900_000_000L) long epochSecond) {
        DayBoundary boundary = new DayBoundary(zone, hour);
        Instant instant = Instant.ofEpochSecond(epochSecond);
        LocalDate day = boundary.studyDay(instant);
        assertThat(boundary.startOf(day)).isBeforeOrEqualTo(instant);
        assertThat(boundary.startOf(day.plusDays(1))).isAfter(instant);
    }

    @Property
    void elapsedDaysAddUp(@ForAll("zones") ZoneId zone, @ForAll @LongRange(min = 1_500_000_000L,
            max = 1_900_000_000L) long a, @ForAll @LongRange(max = 90_000_000L) long b,
            @ForAll @LongRange(max = 90_000_000L) long c) {
        DayBoundary boundary = DayBoundary.of(zone);
        Instant first = Instant.ofEpochSecond(a);
        Instant second = first.plusSeconds(b);
        Instant third = second.plusSeconds(c);
        assertThat(boundary.elapsedDays(first, third))
                .isEqualTo(boundary.elapsedDays(first, second) + boundary.elapsedDays(second, third));
        assertThat(boundary.elapsedDays(first, second)).isGreaterThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<ZoneId> anyZone() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList()).map(ZoneId::of);
    }

    /**
     * The fast offset table must agree with the definition computed the slow, obvious way with java.time, also
     * right around DST transitions and outside the tabulated years.
     */
    @Property(tries = 3000)
    void agreesWithTheJavaTimeDefinitionEverywhere(@ForAll("anyZone") ZoneId zone,
            @ForAll @IntRange(max = 23) int hour,
            @ForAll @LongRange(min = -4_000_000_000L, max = 8_000_000_000L) long epochSecond,
            @ForAll @IntRange(min = -3 * 3600, max = 3 * 3600) int nearTransition, @ForAll boolean snapToTransition) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        if (snapToTransition) {
            var transition = zone.getRules().nextTransition(instant);
            if (transition != null) {
                instant = transition.getInstant().plusSeconds(nearTransition);
            }
        }
        DayBoundary boundary = new DayBoundary(zone, hour);
        LocalDate expectedDay = instant.atZone(zone).toLocalDateTime().minusHours(hour).toLocalDate();
        assertThat(boundary.studyDay(instant)).isEqualTo(expectedDay);
        for (LocalDate day : new LocalDate[]{expectedDay, expectedDay.plusDays(1)}) {
            assertThat(boundary.startOf(day)).as("start of %s in %s", day, zone)
                    .isEqualTo(day.atTime(hour, 0).atZone(zone).toInstant());
        }
    }
}
