package org.ketaminetraining.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How an assignment's due date is set for one person, the three kinds compliance systems offer:
 * <ul>
 *   <li>{@link FixedDate}: everyone by the same date, once or every year on that day (a yearly mandatory training
 *       round);</li>
 *   <li>{@link AfterStart}: N days after the person's start date (new joiners' induction);</li>
 *   <li>{@link Rolling}: N days after the person's last certificate of the programme expired or was issued
 *       (keeping staff continuously certified).</li>
 * </ul>
 * Dates are calendar dates in the organisation's time zone. Bounds are checked here so that every way in (a form, an
 * import, the API) refuses the same nonsense with the same words.
 */
public sealed interface DueSchedule permits DueSchedule.FixedDate, DueSchedule.AfterStart, DueSchedule.Rolling {

    /** The longest offset a schedule may give, in days: ten years. */
    int MAX_DAYS = 3660;

    /**
     * Due on {@code date}; when {@code yearly}, due again on the same day every year after (29 February falls on
     * 28 February in common years).
     */
    record FixedDate(LocalDate date, boolean yearly) implements DueSchedule {
        public FixedDate {
            Objects.requireNonNull(date, "date");
        }
    }

    /** Due {@code days} days after the person's start date. */
    record AfterStart(int days) implements DueSchedule {
        public AfterStart {
            checkDays(days);
        }
    }

    /** Due {@code days} days after the person's last certificate's expiry or issue date. */
    record Rolling(int days, Anchor anchor) implements DueSchedule {
        public Rolling {
            checkDays(days);
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /** What a rolling schedule counts from. */
    enum Anchor {
        EXPIRY, ISSUE
    }

    private static void checkDays(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Days must be between 0 and " + MAX_DAYS + ", was " + days + ".");
        }
    }
}
