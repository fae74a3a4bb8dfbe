package org.ketaminetraining.compliance.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.PersistenceException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ketaminetraining.bank.model.ReminderDays;
import org.ketaminetraining.compliance.reminder.ComposedMail;
import org.ketaminetraining.compliance.reminder.MailComposer;
import org.ketaminetraining.compliance.reminder.ManagerDigest;
import org.ketaminetraining.compliance.reminder.OwedReminder;
import org.ketaminetraining.compliance.reminder.ProgrammeFacts;
import org.ketaminetraining.compliance.reminder.ReminderKind;
import org.ketaminetraining.compliance.reminder.ReminderRules;
import org.ketaminetraining.config.AppSettings;

/**
 * The nightly reminder run, the weekly digest and the delivery of what they decided. Each person is decided in a
 * transaction of their own ({@link MailLedger#record}); one person's failure is logged and the run goes on. Checks
 * no caller: the schedule runs it, and {@link JpaMailOutbox} after checking for an administrator.
 */
@ApplicationScoped
public class ReminderRun {

    private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());

    @Inject
    private CompletionFacts report;
    @Inject
    private MailLedger ledger;
    @Inject
    private MailTransport transport;
    @Inject
    private AppSettings settings;

    /** Decides every learner's owed reminders, then delivers everything waiting. */
    public RunSummary remindLearners() {
        CompletionFacts.Snapshot all = report.everyone();
        LocalDate today = all.today();
        Map<Long, MailLedger.Recipient> people = ledger.recipients();
        MailComposer composer = new MailComposer(settings.zone());
        Map<Long, List<ProgrammeFacts>> factsByPerson = new LinkedHashMap<>();
        for (CompletionFacts.PersonProgramme row : all.rows()) {
            factsByPerson.computeIfAbsent(row.accountId(), id -> new ArrayList<>()).add(row.facts());
        }
        RunSummary summary = RunSummary.NOTHING;
        for (Map.Entry<Long, List<ProgrammeFacts>> entry : factsByPerson.entrySet()) {
            MailLedger.Recipient person = people.get(entry.getKey());
            if (person == null) {
                continue;
            }
            summary = summary.plus(decide(person, () -> {
                List<MailLedger.Decided> decided = new ArrayList<>();
                Optional<Optional<URI>> unsubscribe = Optional.empty();
                for (ProgrammeFacts facts : entry.getValue()) {
                    for (OwedReminder owed : ReminderRules.owed(today, facts,
                            all.reminderDays().getOrDefault(facts.programmeId(), ReminderDays.DEFAULTS))) {
                        if (owed.optional() && unsubscribe.isEmpty()) {
                            unsubscribe = Optional.of(unsubscribeLink(person.accountId()));
                        }
                        if (owed.optional() && unsubscribe.get().isEmpty()) {
                            continue;
                        }
                        ComposedMail mail = composer.reminder(owed, person.name(), facts.programmeTitle(), today,
                                link("/dashboard"), owed.optional() ? unsubscribe.get() : Optional.empty());
                        decided.add(new MailLedger.Decided(owed.programmeId(), owed.kind(), owed.occasion(),
                                owed.daysBefore(), mail));
                    }
                }
                return decided;
            }));
        }
        return summary.plus(deliver());
    }

    /** Decides every manager's digest for this week, then delivers everything waiting. */
    public RunSummary sendDigests() {
        CompletionFacts.Snapshot all = report.everyone();
        LocalDate today = all.today();
        Map<String, String> codeByName = new HashMap<>();
        all.departments().forEach((code, name) -> codeByName.put(name, code));
        List<ManagerDigest.Entry> entries = new ArrayList<>();
        for (CompletionFacts.PersonProgramme row : all.rows()) {
            for (String department : row.departmentNames()) {
                String code = codeByName.get(department);
                if (code != null) {
                    entries.add(new ManagerDigest.Entry(code, department, row.displayName(), row.facts()));
                }
            }
        }
        MailComposer composer = new MailComposer(settings.zone());
        RunSummary summary = RunSummary.NOTHING;
        for (MailLedger.Manager manager : ledger.managers()) {
            MailLedger.Recipient person = manager.recipient();
            Map<String, String> managed = manager.managed();
            summary = summary.plus(decide(person, () -> {
                Optional<URI> unsubscribe = unsubscribeLink(person.accountId());
                if (unsubscribe.isEmpty()) {
                    return List.of();
                }
                ComposedMail mail = digest(composer, person.name(), today, managed, entries, unsubscribe.get());
                return List.of(new MailLedger.Decided(MailRecord.NO_PROGRAMME, ReminderKind.DIGEST,
                        ReminderRules.weekOf(today), 0, mail));
            }));
        }
        return summary.plus(deliver());
    }

    /** The digest at the most detail that fits the ledger's column: ten names a list, then three, then counts. */
    private ComposedMail digest(MailComposer composer, String name, LocalDate today, Map<String, String> managed,
            List<ManagerDigest.Entry> entries, URI unsubscribe) {
        ComposedMail mail = null;
        for (int lines : new int[]{10, 3, 0}) {
            mail = composer.digest(name, today, ManagerDigest.of(today, managed, entries, lines),
                    link("/reports/completion"), unsubscribe);
            if (mail.html().length() <= MailRecord.MAX_BODY && mail.text().length() <= MailRecord.MAX_BODY) {
                return mail;
            }
        }
        return mail;
    }

    /** Sends what is waiting, when an SMTP server is configured; a failure is recorded and retried next run. */
    public RunSummary deliver() {
        if (!settings.mailConfigured()) {
            return RunSummary.NOTHING;
        }
        int sent = 0;
        int failed = 0;
        for (long id : ledger.deliverable()) {
            Optional<MailRecord> claimed = ledger.claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            Optional<String> error = Optional.empty();
            try {
                transport.send(claimed.get().getRecipient(), claimed.get().mail());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                failed++;
                error = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
                LOG.log(Level.WARNING, "Sending mail " + id + " failed; it is retried at the next run", e);
            }
            ledger.finish(id, error);
        }
        return new RunSummary(0, sent, failed, 0, 0);
    }

    private interface Decision {
        List<MailLedger.Decided> mails();
    }

    private RunSummary decide(MailLedger.Recipient person, Decision decision) {
        try {
            List<MailLedger.Decided> mails = decision.mails();
            if (mails.isEmpty()) {
                return RunSummary.NOTHING;
            }
            if (person.email() == null || person.email().isBlank()) {
                return new RunSummary(0, 0, 0, 1, 0);
            }
            int recorded = ledger.record(person.accountId(), person.email(), mails, settings.mailConfigured());
            return new RunSummary(recorded, 0, 0, 0, 0);
        } catch (PersistenceException e) {
            LOG.log(Level.INFO,
                    () -> "Mails for account " + person.accountId() + " were recorded by another run meanwhile");
            return RunSummary.NOTHING;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deciding the mails of account " + person.accountId() + " failed; the run goes on",
                    e);
            return new RunSummary(0, 0, 0, 0, 1);
        }
    }

    private Optional<URI> unsubscribeLink(long accountId) {
        return ledger.unsubscribeTokenIfWanted(accountId).map(token -> link("/unsubscribe/" + token));
    }

    private URI link(String path) {
        return URI.create(settings.publicUrl() + path);
    }

}
