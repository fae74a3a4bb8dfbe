package org.ketaminetraining.compliance.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.compliance.reminder.ComposedMail;
import org.ketaminetraining.compliance.reminder.ReminderKind;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.platform.Tokens;

/**
 * The sent-mail ledger: records decided mails, insert first, and hands them to delivery one at a time. Checks no
 * caller (the scheduled runs and {@link JpaMailOutbox} use it); pages never do.
 *
 * <p>Why insert first: the unique key (person, programme, kind, occasion, days before) decides whether a mail is
 * owed still, not a read before it. Two runs that both read "not recorded yet" both insert, and the database refuses
 * the second, whose whole transaction (that person's mails in that run) rolls back: nothing of it is sent, and the
 * first run sends its own. The read before the insert only spares the usual case an exception.
 */
@ApplicationScoped
public class MailLedger {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private SecureRandom random;
    @Inject
    private AuditTrail audit;

    /** A mail one person is owed, composed, with its ledger key. */
    public record Decided(String programmeKey, ReminderKind kind, LocalDate occasion, int daysBefore,
            ComposedMail mail) {
        Key key() {
            return new Key(programmeKey, kind, occasion, daysBefore);
        }
    }

    private record Key(String programmeKey, ReminderKind kind, LocalDate occasion, int daysBefore) {
    }

    /**
     * Records the mails of one person not recorded before, in one transaction.
     *
     * @param send false when no SMTP server is configured: the mails go to the outbox only
     * @return how many were recorded (0 when all were recorded before)
     * @throws jakarta.persistence.PersistenceException when another run recorded one of them meanwhile (the
     *     transaction is rolled back; that run sends them)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int record(long accountId, String recipient, List<Decided> mails, boolean send) {
        if (mails.isEmpty()) {
            return 0;
        }
        Set<Key> known = new HashSet<>();
        for (Object[] row : em.createQuery("SELECT m.programmeKey, m.kind, m.occasion, m.daysBefore FROM MailRecord m"
                + " WHERE m.accountId = :account", Object[].class).setParameter("account", accountId)
                .getResultList()) {
            known.add(new Key((String) row[0], (ReminderKind) row[1], (LocalDate) row[2], (Integer) row[3]));
        }
        Instant now = now();
        int recorded = 0;
        for (Decided mail : mails) {
            if (known.add(mail.key())) {
                em.persist(new MailRecord(accountId, mail.programmeKey(), mail.kind(), mail.occasion(),
                        mail.daysBefore(), now, recipient, mail.mail(), send));
                recorded++;
            }
        }
        // The unique constraint speaks here, inside this transaction, not at a commit the caller cannot tell apart.
        em.flush();
        return recorded;
    }

    /** Mails waiting for delivery (pending, or failed before), oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> deliverable() {
        return em.createQuery("SELECT m.id FROM MailRecord m WHERE m.status IN :statuses ORDER BY m.id", Long.class)
                .setParameter("statuses", List.of(MailRecord.Status.PENDING, MailRecord.Status.FAILED))
                .getResultList();
    }

    /**
     * Claims one mail for this delivery: only one run (of any server) gets it, by a conditional update.
     *
     * @return the mail to send, or empty when another run claimed or sent it first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<MailRecord> claim(long id) {
        int claimed = em.createQuery("UPDATE MailRecord m SET m.status = :sending, m.claimedAt = :now WHERE m.id = :id"
                + " AND m.status IN :statuses").setParameter("sending", MailRecord.Status.SENDING)
                .setParameter("now", now()).setParameter("id", id)
                .setParameter("statuses", List.of(MailRecord.Status.PENDING, MailRecord.Status.FAILED))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        MailRecord record = em.find(MailRecord.class, id);
        em.detach(record);
        return Optional.of(record);
    }

    /** Records how a claimed mail's delivery went. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long id, Optional<String> error) {
        MailRecord record = em.find(MailRecord.class, id);
        if (error.isPresent()) {
            record.failed(error.get());
        } else {
            record.sent(now());
        }
    }

    /** The person's unsubscribe token, made the first time one is needed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> unsubscribeTokenIfWanted(long accountId) {
        MailPreference preference = em.find(MailPreference.class, accountId);
        if (preference == null) {
            preference = new MailPreference(accountId, Tokens.newToken(random), now());
            em.persist(preference);
        }
        return preference.wantsOptionalMails() ? Optional.of(preference.getUnsubscribeToken()) : Optional.empty();
    }

    /** Who can be mailed, by account id: enabled accounts with their address (possibly none) and name. */
    public record Recipient(long accountId, String email, String name) {
    }

    /** A manager who manages at least one department, with those departments (code to name). */
    public record Manager(Recipient recipient, Map<String, String> managed) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, Recipient> recipients() {
        Map<Long, Recipient> recipients = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.id, a.email, a.displayName FROM Account a WHERE a.enabled = true",
                Object[].class).getResultList()) {
            recipients.put((Long) row[0], new Recipient((Long) row[0], (String) row[1], (String) row[2]));
        }
        return recipients;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Manager> managers() {
        List<Manager> managers = new ArrayList<>();
        for (Account account : em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE a.enabled = true"
                + " AND r = :manager", Account.class).setParameter("manager", Role.MANAGER).getResultList()) {
            Map<String, String> managed = new HashMap<>();
            account.getManagedDepartments().forEach(d -> managed.put(d.getCode(), d.getName()));
            if (!managed.isEmpty()) {
                managers.add(new Manager(new Recipient(account.getId(), account.getEmail(), account.getDisplayName()),
                        managed));
            }
        }
        return managers;
    }

    /** Records in the audit trail, in a transaction of its own, what an administrator's run did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void audit(String actor, String action, String detail) {
        audit.record(actor, action, "-", detail);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
