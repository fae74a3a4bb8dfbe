package org.ketaminetraining.compliance.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder owed to a person, keyed as the sent-mail ledger keys it: the programme, the kind, the occasion and
 * how many days before it. Two runs (or two servers) deciding the same reminder produce equal keys, so the ledger's
 * unique constraint lets only one of them record it.
 *
 * @param occasion   the date the reminder is about: the due date (DUE_SOON, OVERDUE), the certificate's expiry
 *                   date (EXPIRING), or the Monday of the week (REFRESHER_DUE, DIGEST: at most one a week)
 * @param daysBefore which of the programme's reminder days was reached (0 for the kinds that have none)
 */
public record OwedReminder(String programmeId, ReminderKind kind, LocalDate occasion, int daysBefore) {

    public OwedReminder {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occasion, "occasion");
    }

    public boolean optional() {
        return kind.optional();
    }
}
