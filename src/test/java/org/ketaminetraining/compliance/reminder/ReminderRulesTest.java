package org.ketaminetraining.compliance.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.ReminderDays;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.DueState;

class ReminderRulesTest {

    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);

    private static Due due(LocalDate dueOn, DueState state, LocalDate today) {
        return new Due(Optional.of(dueOn), state, today);
    }

    private static ProgrammeFacts assigned(LocalDate today, LocalDate dueOn, DueState state) {
        return new ProgrammeFacts("ketamine", "Ketamine safety", due(dueOn, state, today), Optional.empty(),
                Optional.empty(), false, false);
    }

    private static ProgrammeFacts holder(LocalDate today, LocalDate expiresOn, boolean refresherDue) {
        return new ProgrammeFacts("ketamine", "Ketamine safety", Due.notAssigned(today),
                Optional.of(expiresOn.minusYears(2)), Optional.of(expiresOn), true, refresherDue);
    }

    private static List<OwedReminder> owed(LocalDate today, ProgrammeFacts facts) {
        return ReminderRules.owed(today, facts, ReminderDays.DEFAULTS);
    }

    @Test
    void nothingBeforeTheFirstReminderDayThenTheMostUrgentOneReached() {
        assertThat(owed(DUE.minusDays(31), assigned(DUE.minusDays(31), DUE, DueState.DUE))).isEmpty();
        assertThat(owed(DUE.minusDays(30), assigned(DUE.minusDays(30), DUE, DueState.DUE_SOON)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.DUE_SOON, DUE, 30));
        assertThat(owed(DUE.minusDays(20), assigned(DUE.minusDays(20), DUE, DueState.DUE_SOON)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.DUE_SOON, DUE, 30));
        assertThat(owed(DUE.minusDays(14), assigned(DUE.minusDays(14), DUE, DueState.DUE_SOON)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.DUE_SOON, DUE, 14));
    }

    @Test
    void aRunMissedOnTheReminderDayStillOwesItTheNextDay() {
        LocalDate missed = DUE.minusDays(14);
        LocalDate nextDay = missed.plusDays(1);
        assertThat(owed(nextDay, assigned(nextDay, DUE, DueState.DUE_SOON)))
                .isEqualTo(owed(missed, assigned(missed, DUE, DueState.DUE_SOON)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.DUE_SOON, DUE, 14));
    }

    @Test
    void someoneAssignedFiveDaysBeforeTheDueDateGetsOneReminderNotThree() {
        LocalDate today = DUE.minusDays(5);
        assertThat(owed(today, assigned(today, DUE, DueState.DUE_SOON)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.DUE_SOON, DUE, 7));
    }

    @Test
    void aMovedDueDateIsANewOccasion() {
        LocalDate today = DUE.minusDays(14);
        LocalDate moved = DUE.plusDays(7);
        OwedReminder before = owed(today, assigned(today, DUE, DueState.DUE_SOON)).get(0);
        OwedReminder after = owed(today, assigned(today, moved, DueState.DUE_SOON)).get(0);
        assertThat(after).isEqualTo(new OwedReminder("ketamine", ReminderKind.DUE_SOON, moved, 30));
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void overdueOncePerDueDateAndNothingWhenMet() {
        LocalDate today = DUE.plusDays(3);
        assertThat(owed(today, assigned(today, DUE, DueState.OVERDUE)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.OVERDUE, DUE, 0));
        assertThat(owed(today.plusDays(10), assigned(today.plusDays(10), DUE, DueState.OVERDUE)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.OVERDUE, DUE, 0));
        assertThat(owed(DUE.minusDays(7), assigned(DUE.minusDays(7), DUE, DueState.MET))).isEmpty();
    }

    @Test
    void expiryRemindersWhileInForceAndNoneOnceExpiredOrRevoked() {
        LocalDate expiry = LocalDate.of(2028, 3, 1);
        assertThat(owed(expiry.minusDays(91), holder(expiry.minusDays(91), expiry, false))).isEmpty();
        assertThat(owed(expiry.minusDays(90), holder(expiry.minusDays(90), expiry, false)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.EXPIRING, expiry, 90));
        assertThat(owed(expiry.minusDays(1), holder(expiry.minusDays(1), expiry, false)))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.EXPIRING, expiry, 30));
        assertThat(owed(expiry, holder(expiry, expiry, false))).isEmpty();
        ProgrammeFacts revoked = new ProgrammeFacts("ketamine", "Ketamine safety", Due.notAssigned(expiry),
                Optional.empty(), Optional.of(expiry), false, false);
        assertThat(owed(expiry.minusDays(10), revoked)).isEmpty();
    }

    @Test
    void aProgrammesOwnDaysReplaceTheDefaults() {
        LocalDate expiry = LocalDate.of(2028, 3, 1);
        ReminderDays days = new ReminderDays(List.of(3), List.of(10));
        assertThat(ReminderRules.owed(expiry.minusDays(30), holder(expiry.minusDays(30), expiry, false), days))
                .isEmpty();
        assertThat(ReminderRules.owed(expiry.minusDays(10), holder(expiry.minusDays(10), expiry, false), days))
                .containsExactly(new OwedReminder("ketamine", ReminderKind.EXPIRING, expiry, 10));
    }

    @Test
    void aRefresherNudgeIsOptionalAndKeyedByItsWeek() {
        LocalDate wednesday = LocalDate.of(2027, 1, 6);
        LocalDate expiry = LocalDate.of(2028, 3, 1);
        List<OwedReminder> owed = owed(wednesday, holder(wednesday, expiry, true));
        assertThat(owed).containsExactly(new OwedReminder("ketamine", ReminderKind.REFRESHER_DUE,
                LocalDate.of(2027, 1, 4), 0));
        assertThat(owed.get(0).optional()).isTrue();
        assertThat(owed(wednesday.plusDays(4), holder(wednesday.plusDays(4), expiry, true)))
                .as("the next Sunday is still the same week").isEqualTo(owed);
        assertThat(ReminderKind.DUE_SOON.optional()).isFalse();
        assertThat(ReminderKind.OVERDUE.optional()).isFalse();
        assertThat(ReminderKind.EXPIRING.optional()).isFalse();
        assertThat(LocalDate.of(2027, 1, 4).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void todayIsTheOrganisationsDay() {
        Instant lateEvening = Instant.parse("2027-06-15T23:30:00Z");
        LocalDate inUtc = ReminderRules.today(lateEvening, ZoneId.of("UTC"));
        LocalDate inSydney = ReminderRules.today(lateEvening, ZoneId.of("Australia/Sydney"));
        assertThat(inUtc).isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(inSydney).isEqualTo(LocalDate.of(2027, 6, 16));
        // 30 June minus 14 days is 16 June: reached in Sydney, not yet in UTC.
        assertThat(owed(inUtc, assigned(inUtc, DUE, DueState.DUE_SOON)).get(0).daysBefore()).isEqualTo(30);
        assertThat(owed(inSydney, assigned(inSydney, DUE, DueState.DUE_SOON)).get(0).daysBefore()).isEqualTo(14);
    }
}
