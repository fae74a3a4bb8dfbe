package org.ketaminetraining.people.service;

import java.io.Serializable;
import java.util.Set;
import org.ketaminetraining.people.Role;

/** What an administrator sets on an account: everything but its password and status. */
public record AccountDetails(String username, String displayName, String email, Set<Role> roles,
        Set<String> departmentCodes, Set<String> managedDepartmentCodes)
        implements Serializable {

    public AccountDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        departmentCodes = departmentCodes == null ? Set.of() : Set.copyOf(departmentCodes);
        managedDepartmentCodes = managedDepartmentCodes == null ? Set.of() : Set.copyOf(managedDepartmentCodes);
    }
}
