package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.BankCatalog.PublishedItem;
import org.ketaminetraining.study.store.StudyRefresher;

/**
 * Brings a holder's faded safety-critical items forward in their study queue: a certificate stays valid while
 * recall fades, but the holder studies those items again first. Run by the {@link CertificationSweep} for every
 * holder of a certificate in force, never by a read: the standing only reports that a refresher is due.
 *
 * <p>Once per fade: an item already brought forward and not reviewed since keeps its row, so repeated runs do not
 * keep postponing its settlement. Each holder is done in a transaction of their own under their
 * {@link LearnerLock}, so a run never races the learner's own assessment writes.
 */
@ApplicationScoped
public class KnowledgeRefreshers {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Evaluations evaluations;
    @Inject
    private LearnerLock lock;

    /** Holders of a certificate in force today (not revoked, not expired). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> holdersInForce() {
        return em.createQuery("SELECT DISTINCT c.accountId FROM IssuedCertificate c WHERE c.revokedAt IS NULL "
                + "AND c.expiresOn > :today", Long.class).setParameter("today", evaluations.today())
                .getResultList();
    }

    /** Brings forward the holder's faded safety-critical items in every programme whose refresher is due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void bringForwardFadedItems(long accountId) {
        lock.lockIfStudying(accountId);
        Instant now = evaluations.now();
        BankCatalog.Snapshot bank = evaluations.bank();
        LearnerFacts facts = evaluations.facts(accountId);
        StandingEvaluator evaluator = evaluations.evaluator(bank, now);
        Map<Long, StudyRefresher> refreshers = AttemptGrader.refreshers(em, accountId);
        for (Programme programme : bank.programmes()) {
            StandingEvaluator.Evaluation evaluation = evaluator.evaluate(programme, facts);
            if (!evaluation.standing().certificate().map(CertificateSummary::refresherDue).orElse(false)) {
                continue;
            }
            for (String key : evaluation.currency().itemsBelowThreshold()) {
                PublishedItem item = evaluation.itemsByKey().get(key);
                if (item == null) {
                    continue;
                }
                StudyRefresher existing = refreshers.get(item.questionId());
                CardState state = facts.states().get(item.questionId());
                if (existing == null) {
                    StudyRefresher added = new StudyRefresher(accountId, item.questionId(),
                            StudyRefresher.Reason.KNOWLEDGE_REFRESHER, now);
                    em.persist(added);
                    refreshers.put(item.questionId(), added);
                } else if (state != null && !state.isNew() && state.lastReview().isAfter(existing.getSince())) {
                    existing.bringForward(StudyRefresher.Reason.KNOWLEDGE_REFRESHER, now);
                }
            }
        }
    }
}
