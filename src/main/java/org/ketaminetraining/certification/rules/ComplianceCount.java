package org.ketaminetraining.certification.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.compliance.DueState;

/**
 * The counts a manager's dashboard shows per department and programme, each a rule over one completion report row
 * (its status, the last day its certificate counts, its due state), so that a count and the report filtered by it
 * always agree: the dashboard counts with {@link #includes}, and the report filters with the same method.
 *
 * <p>The statuses themselves are decided by {@code certification.rules.CompletionStatus}; these categories only group
 * them. Here and not in {@code compliance}: the completion query filters by it, and certification already depends
 * on compliance (a report row carries its due date), so compliance depending back on certification would make the
 * two packages a cycle. The dashboard service sits in {@code certification.service} for the same reason. Some
 * overlap on purpose: someone certified whose certificate expires in 20 days counts in
 * {@link #CERTIFIED} and in all three "expiring within" counts, as a manager reading "expiring in 90 days" expects.
 */
public enum ComplianceCount {
    /** Has not answered anything. */
    NOT_STARTED,
    /** Studying, with the assessment open, or after a failed attempt: started, not yet certified. */
    IN_PROGRESS,
    /** Holds a certificate in force (including those expiring soon or due a refresher). */
    CERTIFIED,
    /** A certificate in force whose last valid day is at most 30 days away. */
    EXPIRING_30,
    /** The same within 60 days. */
    EXPIRING_60,
    /** The same within 90 days. */
    EXPIRING_90,
    /** The latest certificate expired. */
    EXPIRED,
    /** The due date of an assignment passed without a certificate in force. */
    OVERDUE,
    /** In force, but safety-critical knowledge is predicted below the programme's threshold. */
    REFRESHER_DUE;

    /**
     * Whether a report row falls in this count on {@code today}.
     *
     * @param validThrough the last day the row's latest certificate counts, if there is one
     */
    public boolean includes(CompletionStatus status, Optional<LocalDate> validThrough, DueState due,
            LocalDate today) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(validThrough, "validThrough");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(today, "today");
        return switch (this) {
            case NOT_STARTED -> status == CompletionStatus.NOT_STARTED;
            case IN_PROGRESS -> status == CompletionStatus.STUDYING || status == CompletionStatus.ASSESSMENT_AVAILABLE
                    || status == CompletionStatus.ASSESSMENT_FAILED;
            case CERTIFIED -> inForce(status);
            case EXPIRING_30 -> expiringWithin(30, status, validThrough, today);
            case EXPIRING_60 -> expiringWithin(60, status, validThrough, today);
            case EXPIRING_90 -> expiringWithin(90, status, validThrough, today);
            case EXPIRED -> status == CompletionStatus.EXPIRED;
            case OVERDUE -> due == DueState.OVERDUE;
            case REFRESHER_DUE -> status == CompletionStatus.REFRESHER_DUE;
        };
    }

    private static boolean inForce(CompletionStatus status) {
        return status == CompletionStatus.CERTIFIED || status == CompletionStatus.EXPIRING_SOON
                || status == CompletionStatus.REFRESHER_DUE;
    }

    /** Days counted to the last valid day: a certificate valid through today has 0 days left and is included. */
    private static boolean expiringWithin(int days, CompletionStatus status, Optional<LocalDate> validThrough,
            LocalDate today) {
        return inForce(status) && validThrough.map(last -> ChronoUnit.DAYS.between(today, last))
                .map(left -> left >= 0 && left <= days).orElse(false);
    }
}
