package org.ketaminetraining.compliance.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.bank.model.ReminderDays;

/**
 * Which reminders one person is owed today in one programme.
 * <ul>
 *   <li><b>Before a due date</b> (DUE_SOON): of the programme's {@code before_due} days, the most urgent one already
 *       reached (due in 20 days with 30/14/7: the 30-day reminder; due in 5 days: the 7-day one). Only the most
 *       urgent, so someone assigned five days before the due date gets one mail, not three.</li>
 *   <li><b>Overdue</b>: once per due date, when the due date stands overdue.</li>
 *   <li><b>Before expiry</b> (EXPIRING): the same rule over {@code before_expiry}, while the latest certificate is
 *       in force. A renewal issues a new certificate whose expiry is far away, which ends the reminders.</li>
 *   <li><b>Refresher due</b> (optional): at most once a week while a refresher is due.</li>
 * </ul>
 * A reminder stays owed from the day it is reached until a more urgent one supersedes it, so a run missed on that
 * day still sends it later; the ledger makes each occasion go out once. A due date that moves is a new occasion.
 */
public final class ReminderRules {

    private ReminderRules() {
    }

    /** Today in the organisation's zone: what a run at {@code now} counts from. */
    public static LocalDate today(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }

    /** The Monday of the week {@code day} falls in: the occasion of weekly mails. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static List<OwedReminder> owed(LocalDate today, ProgrammeFacts facts, ReminderDays days) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(days, "days");
        List<OwedReminder> owed = new ArrayList<>();
        String programme = facts.programmeId();
        facts.due().dueOn().ifPresent(dueOn -> {
            switch (facts.due().state()) {
                case OVERDUE -> owed.add(new OwedReminder(programme, ReminderKind.OVERDUE, dueOn, 0));
                case DUE, DUE_SOON -> mostUrgentReached(today, dueOn, days.beforeDue()).ifPresent(
                        before -> owed.add(new OwedReminder(programme, ReminderKind.DUE_SOON, dueOn, before)));
                default -> {
                    // MET: a certificate satisfies the assignment; NOT_ASSIGNED has no date
                }
            }
        });
        if (facts.certificateInForce()) {
            facts.expiresOn().flatMap(expiry -> mostUrgentReached(today, expiry, days.beforeExpiry())
                    .map(before -> new OwedReminder(programme, ReminderKind.EXPIRING, expiry, before)))
                    .ifPresent(owed::add);
            if (facts.refresherDue()) {
                owed.add(new OwedReminder(programme, ReminderKind.REFRESHER_DUE, weekOf(today), 0));
            }
        }
        return List.copyOf(owed);
    }

    /**
     * The smallest of {@code daysBefore} whose day ({@code date} minus it) is today or past, while {@code date} is
     * still ahead; empty before the first reminder day and from {@code date} on.
     */
    static Optional<Integer> mostUrgentReached(LocalDate today, LocalDate date, List<Integer> daysBefore) {
        if (!today.isBefore(date)) {
            return Optional.empty();
        }
        return daysBefore.stream().filter(before -> !date.minusDays(before).isAfter(today))
                .min(Integer::compare);
    }
}
