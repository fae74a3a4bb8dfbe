package org.ketaminetraining.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.LearnerContext;
import org.ketaminetraining.study.service.StudyLedger;

/**
 * Look-ups of study rows for {@link StudyServiceIT}, and a study ledger on the server's persistence context with a
 * clock the test controls: a CDI bean in the test deployment, because Arquillian does not inject persistence
 * contexts into test classes.
 */
@ApplicationScoped
public class StudyQueries {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankCatalog catalog;

    public long reviewRows(String presentationToken) {
        return em.createQuery("SELECT COUNT(r) FROM ReviewLogEntry r, Presentation p WHERE p.token = :token "
                + "AND r.presentationId = p.id", Long.class).setParameter("token", presentationToken)
                .getSingleResult();
    }

    @Resource
    private ManagedExecutorService executor;

    public ManagedExecutorService executor() {
        return executor;
    }

    /** Runs {@code work} in a transaction of its own, committed when it returns. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** A ledger whose every call must run inside a transaction the caller began. */
    public StudyLedger ledger(Clock clock) {
        return new StudyLedger(em, catalog, new LearnerContext.Factory(DayBoundary.DEFAULT_ROLLOVER_HOUR), clock,
                new SecureRandom());
    }
}
