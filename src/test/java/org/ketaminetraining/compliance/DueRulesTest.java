package org.ketaminetraining.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate ASSIGNED = LocalDate.of(2026, 1, 10);

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Due due(DueSchedule schedule, List<HeldCertificate> certificates, LocalDate asOf) {
        return DueRules.due(schedule, START, ASSIGNED, certificates, asOf);
    }

    private static HeldCertificate valid(LocalDate issued, LocalDate expires) {
        return new HeldCertificate(issued, expires, false);
    }

    @Test
    void aFixedDateIsDueOnThatDateAndTheStateFollowsTheCalendar() {
        DueSchedule once = new DueSchedule.FixedDate(d(2026, 6, 30), false);
        assertThat(due(once, List.of(), d(2026, 5, 30))).isEqualTo(new Due(Optional.of(d(2026, 6, 30)),
                DueState.DUE, d(2026, 5, 30)));
        assertThat(due(once, List.of(), d(2026, 5, 31)).state()).isEqualTo(DueState.DUE_SOON);
        assertThat(due(once, List.of(), d(2026, 6, 30)).state()).isEqualTo(DueState.DUE_SOON);
        assertThat(due(once, List.of(), d(2026, 6, 30)).daysLeft()).contains(0L);
        assertThat(due(once, List.of(), d(2026, 7, 1)).state()).isEqualTo(DueState.OVERDUE);
        assertThat(due(once, List.of(), d(2026, 7, 1)).daysLeft()).contains(-1L);
    }

    @Test
    void anEarlierValidCertificateMeetsTheAssignment() {
        DueSchedule once = new DueSchedule.FixedDate(d(2026, 6, 30), false);
        HeldCertificate earlier = valid(d(2025, 3, 1), d(2027, 3, 1));
        assertThat(due(once, List.of(earlier), d(2026, 7, 15)))
                .isEqualTo(new Due(Optional.of(d(2026, 6, 30)), DueState.MET, d(2026, 7, 15)));
    }

    @Test
    void expiredAndRevokedCertificatesDoNotCount() {
        DueSchedule once = new DueSchedule.FixedDate(d(2026, 6, 30), false);
        HeldCertificate expired = valid(d(2024, 3, 1), d(2026, 3, 1));
        HeldCertificate revoked = new HeldCertificate(d(2026, 2, 1), d(2028, 2, 1), true);
        assertThat(due(once, List.of(expired, revoked), d(2026, 7, 1)).state()).isEqualTo(DueState.OVERDUE);
        // On its expiry day a certificate is no longer in force.
        assertThat(due(once, List.of(valid(d(2025, 6, 1), d(2026, 6, 1))), d(2026, 6, 1)).state())
                .isEqualTo(DueState.DUE_SOON);
        assertThat(due(once, List.of(valid(d(2025, 6, 1), d(2026, 6, 1))), d(2026, 5, 31)).state())
                .isEqualTo(DueState.MET);
    }

    @Test
    void afterStartCountsFromTheStartDate() {
        Due due = due(new DueSchedule.AfterStart(30), List.of(), d(2026, 1, 20));
        assertThat(due.dueOn()).contains(d(2026, 2, 4));
        assertThat(due.state()).isEqualTo(DueState.DUE_SOON);
        assertThat(due.daysLeft()).contains(15L);
    }

    @Test
    void theStartDayOfAnAccountCreatedLateInTheUtcDayIsTheOrganisationsNextDay() {
        Instant created = Instant.parse("2026-03-01T23:30:00Z");
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        LocalDate startDay = created.atZone(auckland).toLocalDate();
        assertThat(startDay).isEqualTo(d(2026, 3, 2));
        Due due = DueRules.due(new DueSchedule.AfterStart(0), startDay, startDay, List.of(),
                Instant.parse("2026-03-02T12:00:00Z").atZone(auckland).toLocalDate());
        // 12:00 UTC on 2 March is already 3 March in Auckland: the 0-day induction is one day overdue there.
        assertThat(due.state()).isEqualTo(DueState.OVERDUE);
        assertThat(due.daysLeft()).contains(-1L);
    }

    @Test
    void yearlyRoundsFallOnTheTwentyEighthOfFebruaryInCommonYears() {
        LocalDate leapDay = d(2024, 2, 29);
        assertThat(DueRules.occurrence(leapDay, 2025)).isEqualTo(d(2025, 2, 28));
        assertThat(DueRules.occurrence(leapDay, 2028)).isEqualTo(d(2028, 2, 29));
        Due due = DueRules.due(new DueSchedule.FixedDate(leapDay, true), START, d(2025, 1, 10), List.of(),
                d(2025, 2, 1));
        assertThat(due.dueOn()).contains(d(2025, 2, 28));
        assertThat(due.state()).isEqualTo(DueState.DUE_SOON);
        Due dayAfter = DueRules.due(new DueSchedule.FixedDate(leapDay, true), START, d(2025, 1, 10), List.of(),
                d(2025, 3, 1));
        assertThat(dayAfter.dueOn()).contains(d(2025, 2, 28));
        assertThat(dayAfter.state()).isEqualTo(DueState.OVERDUE);
    }

    @Test
    void aYearlyRoundIsMetByACertificateInForceOnOrAfterTheRoundsStart() {
        DueSchedule yearly = new DueSchedule.FixedDate(d(2025, 12, 1), true);
        LocalDate assigned = d(2025, 1, 10);
        // Certified in March 2026 until November: late for the round ending 1 December 2025 (which still counts),
        // on time for the round ending 1 December 2026; the 2027 round starts on 2 December 2026, after it expired.
        HeldCertificate march = valid(d(2026, 3, 1), d(2026, 11, 1));
        assertThat(DueRules.due(yearly, START, assigned, List.of(march), d(2026, 7, 1)))
                .isEqualTo(new Due(Optional.of(d(2027, 12, 1)), DueState.MET, d(2026, 7, 1)));
        // Expired, but this year's round was met: nothing is owed before the next round begins.
        assertThat(DueRules.due(yearly, START, assigned, List.of(march), d(2026, 11, 20)).state())
                .isEqualTo(DueState.MET);
        // The next round has begun and nothing is in force in it.
        assertThat(DueRules.due(yearly, START, assigned, List.of(march), d(2026, 12, 10)))
                .isEqualTo(new Due(Optional.of(d(2027, 12, 1)), DueState.DUE, d(2026, 12, 10)));
        // Without any certificate the earliest unmet round is shown, overdue.
        assertThat(DueRules.due(yearly, START, assigned, List.of(), d(2026, 7, 1)))
                .isEqualTo(new Due(Optional.of(d(2025, 12, 1)), DueState.OVERDUE, d(2026, 7, 1)));
    }

    @Test
    void aYearlyRoundThatBeganAfterTheLastCertificateExpiredIsNotMet() {
        DueSchedule yearly = new DueSchedule.FixedDate(d(2025, 12, 1), true);
        HeldCertificate lapsed = valid(d(2024, 11, 1), d(2025, 11, 1));
        Due due = DueRules.due(yearly, START, d(2025, 1, 10), List.of(lapsed), d(2026, 1, 15));
        // The 2025 round (2 December 2024 to 1 December 2025) was met; the 2026 round is open and unmet.
        assertThat(due).isEqualTo(new Due(Optional.of(d(2026, 12, 1)), DueState.DUE, d(2026, 1, 15)));
    }

    @Test
    void aYearlyAssignmentGivenAfterThisYearsDateIsDueNextYear() {
        DueSchedule yearly = new DueSchedule.FixedDate(d(2025, 3, 1), true);
        Due due = DueRules.due(yearly, START, d(2026, 3, 2), List.of(), d(2026, 3, 2));
        assertThat(due.dueOn()).contains(d(2027, 3, 1));
        assertThat(due.state()).isEqualTo(DueState.DUE);
    }

    @Test
    void rollingCountsFromTheLastCertificatesExpiryOrIssue() {
        HeldCertificate first = valid(d(2024, 1, 1), d(2025, 1, 1));
        HeldCertificate last = valid(d(2025, 1, 1), d(2027, 1, 1));
        DueSchedule afterExpiry = new DueSchedule.Rolling(30, DueSchedule.Anchor.EXPIRY);
        assertThat(due(afterExpiry, List.of(last, first), d(2026, 6, 1)))
                .isEqualTo(new Due(Optional.of(d(2027, 1, 31)), DueState.MET, d(2026, 6, 1)));
        // Expired, within the grace days: due soon, not yet overdue.
        assertThat(due(afterExpiry, List.of(last, first), d(2027, 1, 10)).state()).isEqualTo(DueState.DUE_SOON);
        DueSchedule yearlyRetraining = new DueSchedule.Rolling(365, DueSchedule.Anchor.ISSUE);
        // Still in force, but retraining was due a year after issue: overdue.
        assertThat(due(yearlyRetraining, List.of(last), d(2026, 6, 1)))
                .isEqualTo(new Due(Optional.of(d(2026, 1, 1)), DueState.OVERDUE, d(2026, 6, 1)));
    }

    @Test
    void rollingWithoutACertificateCountsFromTheDayThePersonGotTheAssignment() {
        DueSchedule rolling = new DueSchedule.Rolling(60, DueSchedule.Anchor.EXPIRY);
        assertThat(due(rolling, List.of(), d(2026, 1, 10)))
                .isEqualTo(new Due(Optional.of(d(2026, 3, 11)), DueState.DUE, d(2026, 1, 10)));
        // A revoked certificate is passed over as if it had never been issued.
        HeldCertificate revoked = new HeldCertificate(d(2025, 1, 1), d(2027, 1, 1), true);
        assertThat(due(rolling, List.of(revoked), d(2026, 1, 10)).dueOn()).contains(d(2026, 3, 11));
    }

    @Test
    void ofSeveralAssignmentsOfOneProgrammeTheEarliestUnmetDueDateCounts() {
        LocalDate today = d(2026, 5, 1);
        Due met = new Due(Optional.of(d(2026, 2, 1)), DueState.MET, today);
        Due later = DueRules.byDate(d(2026, 9, 1), today);
        Due sooner = DueRules.byDate(d(2026, 5, 20), today);
        assertThat(DueRules.earliest(List.of(met, later, sooner), today)).isEqualTo(sooner);
        assertThat(DueRules.earliest(List.of(met, new Due(Optional.of(d(2026, 8, 1)), DueState.MET, today)), today))
                .isEqualTo(met);
        assertThat(DueRules.earliest(List.of(), today)).isEqualTo(Due.notAssigned(today));
    }
}
