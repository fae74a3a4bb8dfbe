package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.ketaminetraining.study.service.LearnerProfiles;
import org.ketaminetraining.study.store.LearnerProfile;

/**
 * One learner's assessment writes run one at a time: each takes a write lock on the learner's profile row, held
 * until its transaction ends, before it reads the attempt it may change. So a time-up grading by the sweep, a
 * second tab and "Yes, submit" at the same moment queue behind each other, and the later ones find the attempt
 * already submitted: an attempt is graded, and a certificate issued, exactly once.
 */
@ApplicationScoped
public class LearnerLock {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private LearnerProfiles profiles;

    /** Locks the learner's profile, creating it first for a learner's first use case. */
    void lock(long accountId) {
        profiles.ensure(accountId);
        em.find(LearnerProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Locks the profile of a learner who has one. Someone without a profile never started an attempt (starting
     * creates it), so there is nothing of theirs to grade.
     */
    void lockIfStudying(long accountId) {
        em.find(LearnerProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }
}
