package org.ketaminetraining.people.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.ketaminetraining.people.Role;

/** An account as the administration pages show it. Holds no password material. */
public record AccountView(long id, String username, String displayName, String email, Set<Role> roles,
        Set<String> departmentCodes, Set<String> managedDepartmentCodes, boolean enabled,
        boolean hasPassword, boolean locked, Instant lastSignInAt, java.time.LocalDate startDate)
        implements Serializable {

    /** An account whose start date is not known. */
    public AccountView(long id, String username, String displayName, String email, Set<Role> roles,
            Set<String> departmentCodes, Set<String> managedDepartmentCodes, boolean enabled, boolean hasPassword,
            boolean locked, Instant lastSignInAt) {
        this(id, username, displayName, email, roles, departmentCodes, managedDepartmentCodes, enabled, hasPassword,
                locked, lastSignInAt, null);
    }

    public AccountView {
        roles = Set.copyOf(roles);
        departmentCodes = Set.copyOf(departmentCodes);
        managedDepartmentCodes = Set.copyOf(managedDepartmentCodes);
    }
}
