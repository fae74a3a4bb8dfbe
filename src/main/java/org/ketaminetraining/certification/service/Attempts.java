package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptItem;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.BankCatalog.RevisionContent;

/** The queries on attempts that the assessment beans share. */
final class Attempts {

    private Attempts() {
    }

    /** The learner's attempt with this token; empty when there is none or it is someone else's. */
    static Optional<AssessmentAttempt> find(EntityManager em, long accountId, String token) {
        if (token == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM AssessmentAttempt a WHERE a.token = :token", AssessmentAttempt.class)
                .setParameter("token", token).getResultList().stream()
                .filter(a -> a.getAccountId() == accountId).findFirst();
    }

    /** The learner's attempts not submitted yet (at most one, in practice). */
    static List<AssessmentAttempt> unsubmitted(EntityManager em, long accountId) {
        return em.createQuery("SELECT a FROM AssessmentAttempt a WHERE a.accountId = :account "
                + "AND a.submittedAt IS NULL", AssessmentAttempt.class).setParameter("account", accountId)
                .getResultList();
    }

    static List<AttemptItem> items(EntityManager em, AssessmentAttempt attempt) {
        return em.createQuery("SELECT i FROM AttemptItem i WHERE i.attemptId = :id ORDER BY i.position",
                AttemptItem.class).setParameter("id", attempt.getId()).getResultList();
    }

    /** The parsed revisions an attempt's items showed, in one read for those not cached yet. */
    static Map<Long, RevisionContent> contents(EntityManager em, BankCatalog catalog, List<AttemptItem> items) {
        return catalog.revisions(em, items.stream().map(AttemptItem::getRevisionId).toList());
    }
}
