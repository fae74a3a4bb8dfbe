package org.ketaminetraining.compliance.service.mail;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ketaminetraining.compliance.reminder.ReminderKind;

/** One mail as the outbox page lists it. */
public record OutboxEntry(long id, Instant decidedAt, String recipient, ReminderKind kind, String programmeKey,
        LocalDate occasion, String subject, String text, MailRecord.Status status, int attempts,
        Optional<Instant> sentAt, Optional<String> lastError) implements Serializable {
}
