package org.ketaminetraining.certification.service;

import org.ketaminetraining.compliance.service.PersonAssignment;
import java.util.List;
import java.util.Objects;

/**
 * One trainee for their manager's drill-down: where they stand in every programme and what is assigned to them.
 *
 * @param assignments open assignments first (by due date), then closed ones
 */
public record PersonOverview(OverseenPerson person, List<PersonAssignment> assignments) {

    public PersonOverview {
        Objects.requireNonNull(person, "person");
        assignments = List.copyOf(assignments);
    }
}
