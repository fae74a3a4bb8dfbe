package org.ketaminetraining.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.compliance.CompletionTrend.Expected;
import org.ketaminetraining.compliance.CompletionTrend.Held;
import org.ketaminetraining.compliance.CompletionTrend.Month;

class CompletionTrendTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void twelveMonthsEndOnTheirLastDayAndTheCurrentOneToday() {
        List<LocalDate> ends = CompletionTrend.monthEnds(TODAY);
        assertThat(ends).hasSize(12);
        assertThat(ends.get(0)).isEqualTo(LocalDate.of(2025, 4, 30));
        // 2024 was a leap year; 2026 is not: February ends on the 28th.
        assertThat(ends).contains(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 28));
        assertThat(ends.get(11)).isEqualTo(TODAY);
        assertThat(CompletionTrend.monthEnds(LocalDate.of(2024, 3, 1))).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aCertificateIssuedInAPastMonthCountsFromThatMonthUntilItExpires() {
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        List<Expected> people = List.of(new Expected(1, longAgo, Optional.empty()),
                new Expected(2, longAgo, Optional.empty()));
        List<Held> certificates = List.of(new Held(1, LocalDate.of(2025, 6, 30), LocalDate.of(2026, 1, 31),
                Optional.empty()));
        List<Month> trend = CompletionTrend.of(people, certificates, TODAY, BERLIN);
        assertThat(month(trend, 2025, 5).certified()).isZero();
        assertThat(month(trend, 2025, 6).certified()).isEqualTo(1);
        assertThat(month(trend, 2025, 6).percent()).contains(50);
        assertThat(month(trend, 2025, 12).certified()).isEqualTo(1);
        // Expires on 31 January: on its expiry day it no longer counts, so January's end sees none.
        assertThat(month(trend, 2026, 1).certified()).isZero();
        assertThat(month(trend, 2026, 3).expected()).isEqualTo(2);
    }

    @Test
    void onlyPeopleExpectedAtTheEndOfTheMonthCountAndARevocationEndsTheCertificate() {
        // Assigned on 15 August, released on 1 November at 00:30 Berlin time (still 31 October in UTC).
        Instant assigned = Instant.parse("2025-08-15T08:00:00Z");
        Instant released = LocalDate.of(2025, 11, 1).atTime(0, 30).atZone(BERLIN).toInstant();
        List<Expected> people = List.of(new Expected(7, assigned, Optional.of(released)));
        Instant revoked = LocalDate.of(2025, 9, 30).atTime(23, 0).atZone(BERLIN).toInstant();
        List<Held> certificates = List.of(new Held(7, LocalDate.of(2025, 8, 20), LocalDate.of(2026, 8, 20),
                Optional.of(revoked)));
        List<Month> trend = CompletionTrend.of(people, certificates, TODAY, BERLIN);
        assertThat(month(trend, 2025, 7).expected()).isZero();
        assertThat(month(trend, 2025, 7).rate()).isEmpty();
        assertThat(month(trend, 2025, 8).certified()).isEqualTo(1);
        assertThat(month(trend, 2025, 9).expected()).isEqualTo(1);
        assertThat(month(trend, 2025, 9).certified()).as("revoked before the end of 30 September").isZero();
        assertThat(month(trend, 2025, 10).expected()).as("released only after October ended in Berlin")
                .isEqualTo(1);
        assertThat(month(trend, 2025, 11).expected()).isZero();
    }

    @Test
    void aPersonWithTwoCertificatesOrTwoSpansCountsOnce() {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        List<Expected> people = List.of(new Expected(3, from, Optional.empty()), new Expected(3, from,
                Optional.empty()));
        List<Held> certificates = List.of(new Held(3, LocalDate.of(2025, 1, 5), LocalDate.of(2027, 1, 5),
                Optional.empty()), new Held(3, LocalDate.of(2026, 1, 5), LocalDate.of(2028, 1, 5), Optional.empty()));
        Month march = month(CompletionTrend.of(people, certificates, TODAY, BERLIN), 2026, 3);
        assertThat(march.expected()).isEqualTo(1);
        assertThat(march.certified()).isEqualTo(1);
        assertThat(march.rate().getAsDouble()).isEqualTo(1.0);
    }

    private static Month month(List<Month> trend, int year, int month) {
        return trend.stream().filter(m -> m.month().equals(YearMonth.of(year, month))).findFirst().orElseThrow();
    }
}
