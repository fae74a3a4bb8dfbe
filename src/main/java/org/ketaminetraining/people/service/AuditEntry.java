package org.ketaminetraining.people.service;

import java.io.Serializable;
import java.time.Instant;

/** One line of the audit trail as the administration pages show it. */
public record AuditEntry(Instant occurredAt, String actor, String action, String subject, String detail)
        implements Serializable {
}
