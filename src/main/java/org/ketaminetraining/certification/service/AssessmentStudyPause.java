package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.study.service.StudyPause;

/**
 * Pauses a learner's study while one of their assessment attempts is under way: study shows the right answer
 * after every question, which would give the assessment away. An attempt whose time ran out no longer pauses
 * anything, even before the service has marked it submitted.
 */
@ApplicationScoped
public class AssessmentStudyPause implements StudyPause {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Clock clock;

    @Override
    public boolean pauses(long accountId) {
        java.time.Instant now = clock.instant();
        return em.createQuery("SELECT a FROM AssessmentAttempt a WHERE a.accountId = :account "
                + "AND a.submittedAt IS NULL", AssessmentAttempt.class).setParameter("account", accountId)
                .getResultList().stream().anyMatch(open -> open.deadline().map(now::isBefore).orElse(true));
    }
}
