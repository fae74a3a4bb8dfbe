package org.ketaminetraining.people.service;

import java.io.Serializable;
import java.util.Set;
import org.ketaminetraining.people.Role;

/**
 * Who is signed in, as the web session keeps it: enough to check roles and departments on every request
 * without reading the account again. Whatever authenticates a person (password today, OpenID Connect later)
 * produces one of these.
 */
public record SignedInUser(long accountId, String username, String displayName, Set<Role> roles,
        Set<String> departmentCodes, Set<String> managedDepartmentCodes,
        boolean mustChangePassword) implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
        departmentCodes = Set.copyOf(departmentCodes);
        managedDepartmentCodes = Set.copyOf(managedDepartmentCodes);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
