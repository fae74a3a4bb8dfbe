package org.ketaminetraining.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the sent-mail ledger for {@link ReminderMailIT}: Arquillian does not inject persistence contexts into tests. */
@ApplicationScoped
public class ReminderQueries {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    /** The person's ledger rows as "KIND STATUS". */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> ledger(long accountId) {
        return em.createQuery("SELECT m.kind, m.status FROM MailRecord m WHERE m.accountId = :a ORDER BY m.kind",
                Object[].class).setParameter("a", accountId).getResultList().stream()
                .map(row -> row[0] + " " + row[1]).toList();
    }
}
