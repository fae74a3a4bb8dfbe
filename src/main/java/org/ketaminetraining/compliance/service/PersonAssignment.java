package org.ketaminetraining.compliance.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.compliance.Due;

/**
 * One person's assignment of one programme, as a trainee, their manager and an HR system see it.
 *
 * @param assignmentId   the assignment it came from
 * @param accountId      the person
 * @param programmeId    the programme assigned
 * @param programmeTitle its title in the current bank
 * @param reason         why the person has it, in words ("role trainee in Emergency department", "named")
 * @param due            the person's due date and how it stands today
 * @param openedAt       when the person got it (joined the department, took the role, or was named)
 * @param closedAt       when it stopped applying to them (left the department, lost the role, assignment
 *                       ended); empty while open. Closed assignments are kept, never deleted
 */
public record PersonAssignment(long assignmentId, long accountId, String programmeId, String programmeTitle,
        String reason, Due due, Instant openedAt, Optional<Instant> closedAt) {

    public PersonAssignment {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(programmeTitle, "programmeTitle");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    public boolean open() {
        return closedAt.isEmpty();
    }
}
