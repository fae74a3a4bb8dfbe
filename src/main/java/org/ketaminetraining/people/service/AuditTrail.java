package org.ketaminetraining.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** The page of entries the query asks for, in its order (ties by id, so pages never overlap). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> find(AuditQuery query) {
        String order = query.newestFirst() ? " order by e.occurredAt desc, e.id desc"
                : " order by e.occurredAt asc, e.id asc";
        TypedQuery<AuditEvent> select = em.createQuery("select e from AuditEvent e" + where(query) + order,
                AuditEvent.class);
        bind(select, query);
        return select.setFirstResult(query.firstResult()).setMaxResults(query.maxResults()).getResultStream()
                .map(e -> new AuditEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubject(),
                        e.getDetail()))
                .toList();
    }

    /** How many entries match the query's filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditQuery query) {
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    /** The distinct actions recorded, alphabetically. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    /** Only fixed clauses go into the text; every value the person typed is a parameter. */
    private static String where(AuditQuery query) {
        List<String> clauses = new ArrayList<>();
        query.actor().ifPresent(a -> clauses.add("lower(e.actor) like :actor escape '!'"));
        query.action().ifPresent(a -> clauses.add("e.action = :action"));
        query.from().ifPresent(f -> clauses.add("e.occurredAt >= :from"));
        query.until().ifPresent(u -> clauses.add("e.occurredAt < :until"));
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> typed, AuditQuery query) {
        query.actor().ifPresent(a -> typed.setParameter("actor",
                "%" + likeLiteral(a.toLowerCase(Locale.ROOT)) + "%"));
        query.action().ifPresent(a -> typed.setParameter("action", a));
        query.from().ifPresent(f -> typed.setParameter("from", f));
        query.until().ifPresent(u -> typed.setParameter("until", u));
    }

    /** The text as a LIKE pattern that matches it literally: its wildcards and the escape character escaped. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
