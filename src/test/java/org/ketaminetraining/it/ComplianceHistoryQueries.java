package org.ketaminetraining.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes the history {@link ComplianceDashboardIT} needs and cannot wait a year for: an account that joined long
 * ago, and an assignment that has applied to someone since a past month. Ids of the assignment rows are far beyond
 * any the assignment service hands out, so they never collide.
 */
@ApplicationScoped
public class ComplianceHistoryQueries {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createdAt(long accountId, Instant at) {
        em.createNativeQuery("UPDATE account SET created_at = ? WHERE id = ?").setParameter(1, Timestamp.from(at))
                .setParameter(2, accountId).executeUpdate();
    }

    /** One named assignment of the programme to the person, open since {@code openedAt}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void assignedSince(long accountId, String programmeId, Instant openedAt) {
        long id = 8_000_000_000_000L + (System.nanoTime() & 0xFFFFFFFFL);
        em.createNativeQuery("INSERT INTO assignment (id, programme_key, schedule_kind, yearly, days, created_at, "
                + "created_by, version) VALUES (?, ?, 'AFTER_START', FALSE, 30, ?, 'it', 1)").setParameter(1, id)
                .setParameter(2, programmeId).setParameter(3, Timestamp.from(openedAt)).executeUpdate();
        em.createNativeQuery("INSERT INTO assignment_person (assignment_id, account_id) VALUES (?, ?)")
                .setParameter(1, id).setParameter(2, accountId).executeUpdate();
        em.createNativeQuery("INSERT INTO person_assignment (id, assignment_id, account_id, programme_key, "
                + "opened_at) VALUES (?, ?, ?, ?, ?)").setParameter(1, id).setParameter(2, id)
                .setParameter(3, accountId).setParameter(4, programmeId).setParameter(5, Timestamp.from(openedAt))
                .executeUpdate();
    }
}
