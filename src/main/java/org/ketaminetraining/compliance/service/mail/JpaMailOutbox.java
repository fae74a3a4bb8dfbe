package org.ketaminetraining.compliance.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.SignedInUser;

/** The outbox on JPA; see {@link MailOutbox}. */
@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccessControl access;
    @Inject
    private AppSettings settings;
    @Inject
    private ReminderRun run;
    @Inject
    private MailLedger ledger;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mailConfigured(SignedInUser caller) {
        access.require(caller, Role.ADMIN);
        return settings.mailConfigured();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(SignedInUser caller) {
        access.require(caller, Role.ADMIN);
        return em.createQuery("SELECT COUNT(m) FROM MailRecord m", Long.class).getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxEntry> page(SignedInUser caller, int first, int count) {
        access.require(caller, Role.ADMIN);
        if (first < 0 || count < 0) {
            throw new IllegalArgumentException("paging out of range");
        }
        return em.createQuery("SELECT m FROM MailRecord m ORDER BY m.decidedAt DESC, m.id DESC", MailRecord.class)
                .setFirstResult(first).setMaxResults(Math.min(count, MAX_PAGE)).getResultList().stream()
                .map(m -> new OutboxEntry(m.getId(), m.getDecidedAt(), m.getRecipient(), m.getKind(),
                        m.getProgrammeKey(), m.getOccasion(), m.mail().subject(), m.mail().text(), m.getStatus(),
                        m.getAttempts(), m.getSentAt(), m.getLastError()))
                .toList();
    }

    /** Not transactional itself: each person is decided, and each mail sent, in a transaction of its own. */
    @Override
    public RunSummary remindNow(SignedInUser caller) {
        SignedInUser current = access.require(caller, Role.ADMIN);
        RunSummary summary = run.remindLearners();
        ledger.audit(current.username(), "mail.reminders-run", summary.toString());
        return summary;
    }

    @Override
    public RunSummary digestNow(SignedInUser caller) {
        SignedInUser current = access.require(caller, Role.ADMIN);
        RunSummary summary = run.sendDigests();
        ledger.audit(current.username(), "mail.digest-run", summary.toString());
        return summary;
    }
}
