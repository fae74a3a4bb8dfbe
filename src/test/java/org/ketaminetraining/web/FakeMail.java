package org.ketaminetraining.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.compliance.reminder.ReminderKind;
import org.ketaminetraining.compliance.service.mail.MailOutbox;
import org.ketaminetraining.compliance.service.mail.MailPreferences;
import org.ketaminetraining.compliance.service.mail.MailRecord;
import org.ketaminetraining.compliance.service.mail.OutboxEntry;
import org.ketaminetraining.compliance.service.mail.RunSummary;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The outbox and mail preferences in memory, without SMTP: as a server without KT_SMTP_HOST, every mail a run
 * decides waits in the outbox. Refuses non-administrators like the real outbox.
 */
public final class FakeMail implements MailOutbox, MailPreferences {

    public final List<OutboxEntry> entries = new ArrayList<>();
    /** Token to whether its owner gets optional mails. */
    public final Map<String, Boolean> tokens = new HashMap<>();
    public int runs;
    /** The signed-in person's choice (the fake keeps one for everybody). */
    public boolean optionalMails = true;

    private static void requireAdmin(SignedInUser caller) {
        if (caller == null || !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("not an administrator");
        }
    }

    public OutboxEntry add(String recipient, String subject, String text) {
        OutboxEntry entry = new OutboxEntry(entries.size() + 1, Instant.parse("2026-12-07T02:30:00Z"), recipient,
                ReminderKind.EXPIRING, "ketamine", LocalDate.of(2027, 1, 6), subject, text, MailRecord.Status.OUTBOX,
                0, Optional.empty(), Optional.empty());
        entries.add(0, entry);
        return entry;
    }

    @Override
    public boolean mailConfigured(SignedInUser caller) {
        requireAdmin(caller);
        return false;
    }

    @Override
    public long count(SignedInUser caller) {
        requireAdmin(caller);
        return entries.size();
    }

    @Override
    public List<OutboxEntry> page(SignedInUser caller, int first, int count) {
        requireAdmin(caller);
        return entries.subList(Math.min(first, entries.size()), Math.min(entries.size(), first + count));
    }

    @Override
    public RunSummary remindNow(SignedInUser caller) {
        requireAdmin(caller);
        runs++;
        add("ada@hospital.test", "Your certificate expires in 30 days: Ketamine safety", "Hello Ada,");
        return new RunSummary(1, 0, 0, 2, 0);
    }

    @Override
    public RunSummary digestNow(SignedInUser caller) {
        requireAdmin(caller);
        runs++;
        return RunSummary.NOTHING;
    }

    @Override
    public boolean knownToken(String token) {
        return tokens.containsKey(token);
    }

    @Override
    public boolean unsubscribe(String token) {
        if (!tokens.containsKey(token)) {
            return false;
        }
        tokens.put(token, false);
        return true;
    }

    @Override
    public boolean optionalMails(SignedInUser caller) {
        return optionalMails;
    }

    @Override
    public void setOptionalMails(SignedInUser caller, boolean wanted) {
        optionalMails = wanted;
    }
}
