package org.ketaminetraining.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ketaminetraining.people.model.AuditEvent;

/** Appends to and reads the audit trail, inside the caller's transaction. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, subject, detail));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latest(int max) {
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setMaxResults(max)
                .getResultStream()
                .map(e -> new AuditEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubject(),
                        e.getDetail()))
                .toList();
    }
}
