package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.grading.Grader;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.rules.AssessedItem;
import org.ketaminetraining.certification.rules.AssessmentResult;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptItem;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.study.ResponseCodec;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.BankCatalog.RevisionContent;
import org.ketaminetraining.study.store.StudyRefresher;

/**
 * The one grading path: an attempt is graded here and nowhere else, whether the learner submits it or its time ran
 * out. Grading records the verdict, sends every missed item back to study, and has the {@link CertificateIssuer}
 * issue the certificate on a pass.
 *
 * <p>Exactly once: every caller holds the learner's {@link LearnerLock} and reads the attempt after taking it, and
 * grading only ever changes an attempt not yet submitted. Two requests at the same moment therefore run one after
 * the other, and the second finds the attempt submitted and grades nothing.
 *
 * <p>An attempt whose time ran out is not graded by a read: reads report it as timed out, and it is submitted, as of
 * its deadline and with the answers saved in time, by the learner's next write (start, save, flag, submit, or the
 * result page's {@link AssessmentService#finishTimedOut finish}), a manager's action on them, or the
 * {@link CertificationSweep}, whichever comes first.
 */
@ApplicationScoped
public class AttemptGrader {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankCatalog catalog;
    @Inject
    private CertificateIssuer issuer;
    @Inject
    private AuditTrail audit;
    @Inject
    private LearnerLock lock;
    @Inject
    private Evaluations evaluations;

    /** Submits, as of its deadline, an attempt whose time ran out; the caller holds the learner's lock. */
    boolean finishIfTimedOut(AssessmentAttempt attempt, Instant now) {
        if (attempt.timedOut(now)) {
            grade(attempt, attempt.deadline().orElseThrow());
            return true;
        }
        return false;
    }

    /** Submits the learner's attempts whose time ran out; the caller holds the learner's lock. */
    void finishTimedOut(long accountId, Instant now) {
        Attempts.unsubmitted(em, accountId).forEach(attempt -> finishIfTimedOut(attempt, now));
    }

    /**
     * The sweep's step for one learner, in a transaction of its own under their lock. Named apart from
     * {@link #finishTimedOut(long, Instant)}: called from a request that already holds the lock, this new transaction
     * would wait for that lock forever.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sweepTimedOut(long accountId) {
        lock.lockIfStudying(accountId);
        finishTimedOut(accountId, evaluations.now());
    }

    /** Learners with an attempt whose time ran out, for the sweep. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> learnersWithTimedOutAttempts() {
        Instant now = evaluations.now();
        return em.createQuery("SELECT a FROM AssessmentAttempt a WHERE a.submittedAt IS NULL "
                + "AND a.timeLimitMinutes IS NOT NULL", AssessmentAttempt.class).getResultList().stream()
                .filter(a -> a.timedOut(now)).map(AssessmentAttempt::getAccountId).distinct().toList();
    }

    /**
     * Grades an open attempt as of {@code at}: records the verdict, brings every miss forward in study (a row
     * already there included: a new miss renews it), issues the certificate on a pass. The caller holds the lock.
     */
    void grade(AssessmentAttempt attempt, Instant at) {
        if (attempt.isSubmitted()) {
            throw new IllegalStateException("an attempt of account " + attempt.getAccountId() + " is graded already");
        }
        List<AssessedItem> assessed = new ArrayList<>();
        List<AttemptItem> items = Attempts.items(em, attempt);
        Map<Long, RevisionContent> contents = Attempts.contents(em, catalog, items);
        for (AttemptItem item : items) {
            RevisionContent revision = contents.get(item.getRevisionId());
            Optional<Response> response = item.getResponse()
                    .map(stored -> ResponseCodec.decode(revision.question().type(), stored));
            boolean correct = response.map(r -> Grader.grade(revision.question(), r).correct()).orElse(false);
            item.grade(correct);
            assessed.add(response.isPresent()
                    ? AssessedItem.answered(revision.questionKey(), item.getModuleKey(), item.isSafetyCritical(),
                            correct)
                    : AssessedItem.unanswered(revision.questionKey(), item.getModuleKey(), item.isSafetyCritical()));
        }
        AssessmentResult result = AssessmentResult.grade(assessed, attempt.getPassMark(),
                attempt.isAllSafetyCritical());
        attempt.recordResult(at, result.correct(), result.passed());
        Map<Long, StudyRefresher> refreshers = refreshers(em, attempt.getAccountId());
        for (AttemptItem item : items) {
            if (!item.getCorrect().orElse(false)) {
                StudyRefresher existing = refreshers.get(item.getQuestionId());
                if (existing == null) {
                    em.persist(new StudyRefresher(attempt.getAccountId(), item.getQuestionId(),
                            StudyRefresher.Reason.ASSESSMENT_MISS, at));
                } else {
                    existing.bringForward(StudyRefresher.Reason.ASSESSMENT_MISS, at);
                }
            }
        }
        Account learner = em.find(Account.class, attempt.getAccountId());
        audit.record(learner == null ? "account " + attempt.getAccountId() : learner.getUsername(),
                "assessment.submit", attempt.getProgrammeKey(),
                result.correct() + " of " + result.total() + (result.passed() ? ", passed" : ", not passed"));
        issuer.issueFor(attempt, items, result, at);
    }

    /** The learner's study refresher rows by question id, read once per use case. */
    static Map<Long, StudyRefresher> refreshers(EntityManager em, long accountId) {
        Map<Long, StudyRefresher> rows = new HashMap<>();
        em.createQuery("SELECT r FROM StudyRefresher r WHERE r.accountId = :account", StudyRefresher.class)
                .setParameter("account", accountId).getResultList()
                .forEach(row -> rows.put(row.getQuestionId(), row));
        return rows;
    }
}
