package org.ketaminetraining.people.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.ketaminetraining.people.Role;

/**
 * What an administrator sets on an account: everything but its password and status.
 *
 * @param startDate the day the person started, from which assignments due "N days after the start date" count; null
 *                  when not known (the account's creation counts instead). A date, not an {@code Optional}, so the
 *                  details stay serializable in a form.
 */
public record AccountDetails(String username, String displayName, String email, Set<Role> roles,
        Set<String> departmentCodes, Set<String> managedDepartmentCodes, LocalDate startDate)
        implements Serializable {

    /** Details without a start date. */
    public AccountDetails(String username, String displayName, String email, Set<Role> roles,
            Set<String> departmentCodes, Set<String> managedDepartmentCodes) {
        this(username, displayName, email, roles, departmentCodes, managedDepartmentCodes, null);
    }

    public AccountDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        departmentCodes = departmentCodes == null ? Set.of() : Set.copyOf(departmentCodes);
        managedDepartmentCodes = managedDepartmentCodes == null ? Set.of() : Set.copyOf(managedDepartmentCodes);
    }
}
