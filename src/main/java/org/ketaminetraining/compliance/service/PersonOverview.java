package org.ketaminetraining.compliance.service;

import java.util.List;
import java.util.Objects;
import org.ketaminetraining.certification.service.OverseenPerson;

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
