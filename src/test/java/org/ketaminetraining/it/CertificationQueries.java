package org.ketaminetraining.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Moves certification rows in time for {@link CertificationServiceIT}, which cannot wait two years for a
 * certificate to expire or an hour for a time limit: a CDI bean in the test deployment, because Arquillian does not
 * inject persistence contexts into test classes. Only dates move; every other fact stays as the service wrote it,
 * and the stored copies of the learner's standing are dropped, since they cannot notice such a move.
 */
@ApplicationScoped
public class CertificationQueries {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    /** Moves a certificate's dates so that it expires on {@code expiresOn}, as if issued earlier. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void moveCertificate(String canonicalCode, LocalDate issuedOn, LocalDate expiresOn) {
        int changed = em.createNativeQuery("UPDATE certificate SET issued_on = ?, expires_on = ? WHERE code = ?")
                .setParameter(1, java.sql.Date.valueOf(issuedOn)).setParameter(2, java.sql.Date.valueOf(expiresOn))
                .setParameter(3, canonicalCode).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("no certificate " + canonicalCode);
        }
        em.createNativeQuery("DELETE FROM programme_standing WHERE account_id = (SELECT account_id FROM certificate "
                + "WHERE code = ?)").setParameter(1, canonicalCode).executeUpdate();
    }

    /** Makes an attempt timed and started long enough ago that its time ran out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void expireAttempt(String token, int limitMinutes, Instant startedAt) {
        em.createNativeQuery("UPDATE assessment_attempt SET time_limit_minutes = ?, started_at = ? WHERE token = ?")
                .setParameter(1, limitMinutes).setParameter(2, java.sql.Timestamp.from(startedAt))
                .setParameter(3, token).executeUpdate();
        em.createNativeQuery("DELETE FROM programme_standing WHERE account_id = (SELECT account_id FROM "
                + "assessment_attempt WHERE token = ?)").setParameter(1, token).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long refresherRows(long accountId) {
        return em.createQuery("SELECT COUNT(r) FROM StudyRefresher r WHERE r.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long auditRows(String action, String subject) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.subject = :subject",
                Long.class).setParameter("action", action).setParameter("subject", subject).getSingleResult();
    }

    /**
     * Ages a learner's memory of every item by moving its last review back {@code days} days, so predicted recall
     * today is what it would be after that long without study.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ageMemories(long accountId, int days) {
        em.createNativeQuery("UPDATE memory_state SET last_review_at = ?, due_at = ? WHERE account_id = ?")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(days))))
                .setParameter(2, java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(days - 1))))
                .setParameter(3, accountId).executeUpdate();
        forgetStanding(accountId);
    }

    /**
     * Drops the stored copies of a learner's standing ({@code StandingSnapshots}): the moves above change facts
     * behind the services' backs, without the timestamps the copies are checked against, which production never
     * does.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgetStanding(long accountId) {
        em.createNativeQuery("DELETE FROM programme_standing WHERE account_id = ?").setParameter(1, accountId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long refresherRows(long accountId, String reason) {
        return em.createQuery("SELECT COUNT(r) FROM StudyRefresher r WHERE r.accountId = :a AND r.reason = :reason",
                Long.class).setParameter("a", accountId).setParameter("reason", reason).getSingleResult();
    }

    /** Changes a learner's stored standings with a SET clause the test writes, to see whether reports read them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int changeStoredStanding(long accountId, String setClause) {
        return em.createNativeQuery("UPDATE programme_standing SET " + setClause + " WHERE account_id = ?")
                .setParameter(1, accountId).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long storedStandings(long accountId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM programme_standing WHERE account_id = ?")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }
}
