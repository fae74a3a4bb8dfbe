package org.ketaminetraining.compliance.reminder;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.compliance.Due;

/**
 * What the reminder rules need to know of one person in one programme today.
 *
 * @param due                their due date from open assignments ({@code NOT_ASSIGNED} when none)
 * @param issuedOn           the day their latest certificate was issued, if any
 * @param expiresOn          the day it expires (the day after it is last valid), if any
 * @param certificateInForce whether it is in force today (not revoked, not expired)
 * @param refresherDue       whether their predicted recall of safety-critical items is below the threshold
 */
public record ProgrammeFacts(String programmeId, String programmeTitle, Due due, Optional<LocalDate> issuedOn,
        Optional<LocalDate> expiresOn, boolean certificateInForce, boolean refresherDue) {

    public ProgrammeFacts {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(programmeTitle, "programmeTitle");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }
}
