package org.ketaminetraining.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.ketaminetraining.insight.store.FittingJob;

/** What InsightIT checks in the database beside the services: which weights scheduled an answer, the audit. */
@ApplicationScoped
public class InsightQueries {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    /** The parameter versions recorded with a learner's answers, oldest first. */
    @Transactional
    public List<String> parameterVersions(long accountId) {
        return em.createQuery("SELECT r.parameterVersion FROM ReviewLogEntry r WHERE r.accountId = :account "
                + "ORDER BY r.answeredAt, r.id", String.class).setParameter("account", accountId).getResultList();
    }

    /** How many audit entries of an action name a subject. */
    @Transactional
    public long auditEntries(String action, String subject) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.subject = :subject",
                Long.class).setParameter("action", action).setParameter("subject", subject).getSingleResult();
    }

    /** The detail of the newest audit entry of an action. */
    @Transactional
    public String auditDetail(String action) {
        return em.createQuery("SELECT e.detail FROM AuditEvent e WHERE e.action = :action ORDER BY e.id DESC",
                String.class).setParameter("action", action).setMaxResults(1).getSingleResult();
    }

    /** The simulated learners demo mode seeded. */
    @Transactional
    public long simulatedLearners() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.username LIKE 'simulated-learner-%' "
                + "AND a.enabled = false", Long.class).getSingleResult();
    }

    /** A run that looks in progress, as another administrator's would. */
    @Transactional
    public long openRunningJob(String programme) {
        FittingJob job = new FittingJob(programme, "insight-it", Instant.now());
        em.persist(job);
        em.flush();
        return job.getId();
    }

    @Transactional
    public void finishJob(long id) {
        em.find(FittingJob.class, id).finish(FittingJob.State.FAILED, Instant.now(), null, "ended by InsightIT");
    }
}
