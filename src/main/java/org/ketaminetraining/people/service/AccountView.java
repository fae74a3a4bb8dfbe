package org.ketaminetraining.people.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.ketaminetraining.people.Role;

/** An account as the administration pages show it. Holds no password material. */
public record AccountView(long id, String username, String displayName, String email, Set<Role> roles,
        Set<String> departmentCodes, Set<String> managedDepartmentCodes, boolean enabled,
        boolean hasPassword, boolean locked, Instant lastSignInAt) implements Serializable {

    public AccountView {
        roles = Set.copyOf(roles);
        departmentCodes = Set.copyOf(departmentCodes);
        managedDepartmentCodes = Set.copyOf(managedDepartmentCodes);
    }
}
