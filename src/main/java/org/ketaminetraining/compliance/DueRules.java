package org.ketaminetraining.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The due date one schedule gives one person, and how it stands on a day. Plain functions of dates: the caller
 * turns instants into the organisation's calendar days first (so a person created at 23:30 UTC in Auckland starts
 * on Auckland's next day).
 *
 * <p>What "met" means:
 * <ul>
 *   <li><b>Fixed date, once</b> and <b>after start</b>: met while a certificate of the programme is in force. An
 *       earlier certificate counts (someone certified before they were assigned owes nothing); an expired or
 *       revoked one does not, so a lapsed certificate makes the person due again, overdue once the date passed.
 *       A person assigned after a fixed date is overdue at once: that is what a fixed deadline means; schedules
 *       for newcomers are what {@link DueSchedule.AfterStart} is for.</li>
 *   <li><b>Fixed date, yearly</b>: one round per year, ending on that year's occurrence of the date (29 February
 *       falls on 28 February in common years) and starting the day after the previous occurrence. A round is met by
 *       a certificate in force on any day on or after the round's start: one earned during the round, or an
 *       earlier one still valid when the round began. The due date shown is that of the earliest round, from the
 *       first occurrence on or after the day the person got the assignment, that is not met; when every round that
 *       has begun is met, the state is met and the due date is that of the first round not met yet.</li>
 *   <li><b>Rolling</b>: due {@code days} after the last certificate's expiry or issue day; met while that
 *       certificate is in force and the due date has not come. Revoked certificates are passed over. Without any
 *       certificate, the person is due {@code days} after the day they got the assignment: counting from anything
 *       earlier (their start, the assignment's creation) could make a new joiner overdue on their first day, and
 *       counting from nothing would never make them due.</li>
 * </ul>
 * States: {@link DueState#OVERDUE} after the due date, {@link DueState#DUE_SOON} from {@value #SOON_DAYS} days
 * before it up to and including the day itself, else {@link DueState#DUE}.
 */
public final class DueRules {

    /**
     * "Due soon" starts this many days before the due date: a month, the horizon managers plan rosters in and the
     * first reminder goes out at.
     */
    public static final int SOON_DAYS = 30;

    /** Yearly rounds looked through at most: more than a career, and a bound on the loop. */
    private static final int MAX_ROUNDS = 200;

    private DueRules() {
    }

    /**
     * The person's due date and state under one schedule.
     *
     * @param startDay     the person's start date (their account's creation day when none was recorded)
     * @param assignedOn   the day the person got the assignment
     * @param certificates the person's certificates of the assignment's programme, any order
     * @param asOf         the organisation's today
     */
    public static Due due(DueSchedule schedule, LocalDate startDay, LocalDate assignedOn,
            Collection<HeldCertificate> certificates, LocalDate asOf) {
        Objects.requireNonNull(startDay, "startDay");
        Objects.requireNonNull(assignedOn, "assignedOn");
        Objects.requireNonNull(asOf, "asOf");
        List<HeldCertificate> held = List.copyOf(certificates);
        boolean inForce = held.stream().anyMatch(c -> c.inForceOn(asOf));
        if (schedule instanceof DueSchedule.FixedDate fixed) {
            if (fixed.yearly()) {
                return yearly(fixed.date(), assignedOn, held, asOf);
            }
            return inForce ? met(fixed.date(), asOf) : byDate(fixed.date(), asOf);
        }
        if (schedule instanceof DueSchedule.AfterStart after) {
            LocalDate dueOn = startDay.plusDays(after.days());
            return inForce ? met(dueOn, asOf) : byDate(dueOn, asOf);
        }
        return rolling((DueSchedule.Rolling) schedule, assignedOn, held, asOf);
    }

    /** The state a due date gives on {@code asOf} when nothing satisfies it. */
    public static Due byDate(LocalDate dueOn, LocalDate asOf) {
        long daysLeft = ChronoUnit.DAYS.between(asOf, dueOn);
        DueState state = daysLeft < 0 ? DueState.OVERDUE : daysLeft <= SOON_DAYS ? DueState.DUE_SOON : DueState.DUE;
        return new Due(Optional.of(dueOn), state, asOf);
    }

    /**
     * Several open assignments of the same programme: the earliest due date among those not met counts (someone
     * overdue under one schedule is overdue, whatever another says); when all are met, met, with the earliest
     * next due date. None: not assigned.
     */
    public static Due earliest(Collection<Due> dues, LocalDate asOf) {
        Comparator<Due> byDate = Comparator.comparing(d -> d.dueOn().orElse(LocalDate.MAX));
        List<Due> assigned = dues.stream().filter(d -> d.state() != DueState.NOT_ASSIGNED).toList();
        return assigned.stream().filter(d -> d.state() != DueState.MET).min(byDate)
                .or(() -> assigned.stream().min(byDate)).orElse(Due.notAssigned(asOf));
    }

    /** The day the yearly date falls on in {@code year}: 29 February is 28 February in common years. */
    public static LocalDate occurrence(LocalDate date, int year) {
        return date.withYear(year);
    }

    private static Due yearly(LocalDate date, LocalDate assignedOn, List<HeldCertificate> held, LocalDate asOf) {
        int year = date.getYear();
        while (occurrence(date, year).isBefore(assignedOn)) {
            year++;
        }
        boolean anyRoundMet = false;
        for (int round = 0; round < MAX_ROUNDS; round++, year++) {
            LocalDate dueOn = occurrence(date, year);
            LocalDate roundStart = occurrence(date, year - 1).plusDays(1);
            if (held.stream().noneMatch(c -> c.inForceOnOrAfter(roundStart, asOf))) {
                boolean begun = !roundStart.isAfter(asOf);
                return anyRoundMet && !begun ? met(dueOn, asOf) : byDate(dueOn, asOf);
            }
            anyRoundMet = true;
        }
        throw new IllegalStateException("no unmet yearly round within " + MAX_ROUNDS + " years");
    }

    private static Due rolling(DueSchedule.Rolling rolling, LocalDate assignedOn, List<HeldCertificate> held,
            LocalDate asOf) {
        Optional<HeldCertificate> last = held.stream().filter(c -> !c.revoked() && !c.issuedOn().isAfter(asOf))
                .max(Comparator.comparing(HeldCertificate::issuedOn).thenComparing(HeldCertificate::expiresOn));
        if (last.isEmpty()) {
            return byDate(assignedOn.plusDays(rolling.days()), asOf);
        }
        LocalDate anchor = rolling.anchor() == DueSchedule.Anchor.EXPIRY ? last.get().expiresOn()
                : last.get().issuedOn();
        LocalDate dueOn = anchor.plusDays(rolling.days());
        return last.get().inForceOn(asOf) && asOf.isBefore(dueOn) ? met(dueOn, asOf) : byDate(dueOn, asOf);
    }

    private static Due met(LocalDate dueOn, LocalDate asOf) {
        return new Due(Optional.of(dueOn), DueState.MET, asOf);
    }
}
