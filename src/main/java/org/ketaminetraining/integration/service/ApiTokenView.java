package org.ketaminetraining.integration.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A token as the administrators' list shows it: never its secret or hash.
 *
 * @param departments the departments' names, sorted
 * @param expiresOn   its last day, if it has one
 */
public record ApiTokenView(long id, String name, List<String> departments, Instant createdAt, String createdBy,
        Optional<LocalDate> expiresOn, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt,
        Optional<String> revokedBy, boolean expired) {

    public ApiTokenView {
        departments = List.copyOf(departments);
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
