package org.ketaminetraining.compliance.service;

import java.time.Instant;
import java.util.Optional;
import org.ketaminetraining.compliance.DueSchedule;

/**
 * An assignment as listed.
 *
 * @param appliesTo   whom it applies to, in words ("role trainee in Emergency department, and 2 named people")
 * @param openPeople  how many people have it now (for a manager, of their departments only)
 */
public record AssignmentView(long id, String programmeId, String programmeTitle, String appliesTo,
        DueSchedule schedule, long openPeople, Instant createdAt, String createdBy, Optional<Instant> endedAt) {

    public boolean ended() {
        return endedAt.isPresent();
    }
}
