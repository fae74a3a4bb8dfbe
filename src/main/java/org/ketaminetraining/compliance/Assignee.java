package org.ketaminetraining.compliance;

import java.util.Set;
import org.ketaminetraining.people.Role;

/** A person as assignments see them: whether their account is enabled, their roles and their departments. */
public record Assignee(long accountId, boolean enabled, Set<Role> roles, Set<String> departmentCodes) {

    public Assignee {
        roles = Set.copyOf(roles);
        departmentCodes = Set.copyOf(departmentCodes);
    }
}
