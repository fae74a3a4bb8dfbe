package org.ketaminetraining.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's due date for one programme and how it stands on {@code asOf}: what the completion report, the
 * dashboard, the reminders and the API show next to the certification status.
 *
 * @param dueOn the date the programme must be complete by; empty when nothing is assigned
 * @param state how the due date stands on {@code asOf}
 * @param asOf  the day the state was decided for (the organisation's today)
 */
public record Due(Optional<LocalDate> dueOn, DueState state, LocalDate asOf) {

    public Due {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(asOf, "asOf");
        if (dueOn.isEmpty() != (state == DueState.NOT_ASSIGNED)) {
            throw new IllegalArgumentException("a due date is given exactly when something is assigned");
        }
    }

    /** Nothing assigned. */
    public static Due notAssigned(LocalDate asOf) {
        return new Due(Optional.empty(), DueState.NOT_ASSIGNED, asOf);
    }

    /** Days from {@code asOf} to the due date: negative when overdue, empty when nothing is assigned. */
    public Optional<Long> daysLeft() {
        return dueOn.map(date -> ChronoUnit.DAYS.between(asOf, date));
    }
}
