package org.ketaminetraining.compliance.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.compliance.DueSchedule;
import org.ketaminetraining.people.Role;

/**
 * What an administrator asks for: a programme for people of a role and/or a department, and/or named people,
 * due as the schedule says.
 *
 * @param usernames named people's usernames (at most {@link #MAX_NAMED})
 */
public record NewAssignment(String programmeId, Optional<Role> role, Optional<String> departmentCode,
        List<String> usernames, DueSchedule schedule) {

    /** Named people per assignment: a list for a handful of people, not a substitute for a department. */
    public static final int MAX_NAMED = 200;

    public NewAssignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(departmentCode, "departmentCode");
        usernames = List.copyOf(usernames);
    }
}
