package org.ketaminetraining.compliance.reminder;

/**
 * The kinds of mail a learner or manager gets. Only the nudges a person may turn off are optional: notices about a
 * due date or an expiring certificate concern their employment and cannot be unsubscribed from.
 */
public enum ReminderKind {
    /** An assignment's due date is near (one of the programme's {@code before_due} days was reached). */
    DUE_SOON(false),
    /** An assignment's due date has passed without a certificate that satisfies it. */
    OVERDUE(false),
    /** The latest certificate expires soon (one of the programme's {@code before_expiry} days was reached). */
    EXPIRING(false),
    /** The holder's recall of safety-critical items faded below the programme's threshold: study again. */
    REFRESHER_DUE(true),
    /** A manager's weekly digest of the departments they manage. */
    DIGEST(true);

    private final boolean optional;

    ReminderKind(boolean optional) {
        this.optional = optional;
    }

    /** Whether the person may turn this kind of mail off (and every such mail carries an unsubscribe link). */
    public boolean optional() {
        return optional;
    }
}
