package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.rules.AssessmentDraw;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptItem;
import org.ketaminetraining.certification.store.TimeExtension;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.platform.Tokens;
import org.ketaminetraining.study.ResponseCodec;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.BankCatalog.PublishedItem;
import org.ketaminetraining.study.store.LearnerProfile;

/**
 * The assessment use cases on JPA; see {@link AssessmentService}. Every write takes the learner's
 * {@link LearnerLock} first and submits an attempt whose time ran out before anything else
 * ({@link AttemptGrader}, the one grading path); reads take no lock and change nothing.
 */
@ApplicationScoped
public class JpaAssessmentService implements AssessmentService {

    /** The answer column's size, as for study answers. */
    private static final int MAX_STORED_RESPONSE = 4000;

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankCatalog catalog;
    @Inject
    private Evaluations evaluations;
    @Inject
    private AttemptGrader grader;
    @Inject
    private LearnerLock lock;
    @Inject
    private AuditTrail audit;
    @Inject
    private AppSettings settings;
    @Inject
    private SecureRandom random;

    private AttemptViews views() {
        return new AttemptViews(em, catalog, evaluations);
    }

    @Override
    @Transactional
    public List<ProgrammeStanding> standings(long accountId) {
        BankCatalog.Snapshot bank = evaluations.bank();
        LearnerFacts facts = evaluations.facts(accountId);
        StandingEvaluator evaluator = evaluations.evaluator(bank, evaluations.now());
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        List<Programme> ordered = new ArrayList<>(bank.programmes());
        if (profile != null) {
            ordered.sort(Comparator.comparing(p -> !p.id().equals(profile.getProgrammeKey())));
        }
        return ordered.stream().map(programme -> evaluator.evaluate(programme, facts).standing()).toList();
    }

    @Override
    @Transactional
    public String startAssessment(long accountId, String programmeId) {
        lock.lock(accountId);
        Instant now = evaluations.now();
        // Attempts whose time ran out are finished first. If this programme's was one of them, its token is the
        // answer (the attempt page then shows its result), not a new attempt: the standing shows an ungraded
        // timed-out attempt as open, so its "Resume" must never spend another attempt unseen.
        Optional<String> finishedNow = Optional.empty();
        for (AssessmentAttempt attempt : Attempts.unsubmitted(em, accountId)) {
            if (grader.finishIfTimedOut(attempt, now) && attempt.getProgrammeKey().equals(programmeId)) {
                finishedNow = Optional.of(attempt.getToken());
            }
        }
        if (finishedNow.isPresent()) {
            return finishedNow.get();
        }
        StandingEvaluator.Evaluation evaluation = evaluations.evaluation(accountId, programmeId, now);
        if (evaluation.openAttempt().isPresent()) {
            return evaluation.openAttempt().get().getToken();
        }
        ProgrammeStanding standing = evaluation.standing();
        if (!standing.assessmentUnlocked()) {
            throw new IllegalArgumentException(evaluation.renewal()
                    ? "The renewal assessment opens " + evaluation.programme().renewalWindowDays() + " days before "
                            + "the certificate expires."
                    : "The assessment unlocks when every item of every module is learned: "
                            + standing.learnedItems() + " of " + standing.totalItems() + " so far.");
        }
        AttemptDecision decision = standing.decision();
        switch (decision.verdict()) {
            case COOLING_DOWN:
                throw new IllegalArgumentException("You can try again after "
                        + inLearnersZone(accountId, decision.notBefore().orElseThrow()) + ".");
            case NO_ATTEMPTS_LEFT:
                throw new IllegalArgumentException("No attempts are left for this assessment.");
            case ALREADY_PASSED:
                throw new IllegalArgumentException("You already hold this certificate.");
            default:
                break;
        }
        Programme programme = evaluation.programme();
        AssessmentDraw draw = evaluation.renewal()
                ? AssessmentDraw.renewal(programme, evaluation.publishedByModule(), evaluation.recallByKey(), random)
                : AssessmentDraw.finalAssessment(programme, evaluation.publishedByModule(), random);
        List<String> drawn = new ArrayList<>(draw.itemIds());
        Collections.shuffle(drawn, random);
        Optional<Integer> limit = evaluation.blueprint().timeLimitMinutes().isPresent()
                ? Optional.of(evaluation.blueprint().timeLimitMinutes().getAsInt() + extraMinutes(accountId,
                        programmeId))
                : Optional.empty();
        AssessmentAttempt attempt = new AssessmentAttempt(Tokens.newToken(random), accountId, programmeId,
                evaluation.renewal() ? AssessmentAttempt.Kind.RENEWAL : AssessmentAttempt.Kind.FINAL,
                catalog.current(em).curriculum().map(c -> c.version()).orElse(""),
                evaluation.blueprint().passMark(), evaluation.blueprint().allSafetyCriticalCorrect(), now, limit,
                drawn.size());
        em.persist(attempt);
        em.flush();
        int position = 1;
        for (String key : drawn) {
            PublishedItem item = evaluation.itemsByKey().get(key);
            em.persist(new AttemptItem(attempt.getId(), position++, item.questionId(), item.revisionId(),
                    item.moduleKey(), item.safetyCritical()));
        }
        Account learner = em.find(Account.class, accountId);
        audit.record(learner == null ? "account " + accountId : learner.getUsername(), "assessment.start",
                programmeId, attempt.getKind().name().toLowerCase() + " attempt of " + drawn.size() + " items");
        return attempt.getToken();
    }

    /** An instant as the learner reads it: "27 November 2026, 14:05 (Europe/London)". */
    private String inLearnersZone(long accountId, Instant instant) {
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        ZoneId zone = profile == null ? settings.zone() : ZoneId.of(profile.getTimeZone());
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", java.util.Locale.ENGLISH)
                .format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private int extraMinutes(long accountId, String programmeId) {
        TimeExtension extension = em.find(TimeExtension.class, new TimeExtension.Key(accountId, programmeId));
        return extension == null ? 0 : extension.getExtraMinutes();
    }

    @Override
    @Transactional
    public Optional<AttemptView> attempt(long accountId, String attemptToken) {
        return Attempts.find(em, accountId, attemptToken).map(a -> views().view(a, evaluations.now()));
    }

    @Override
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public void saveAnswer(long accountId, String attemptToken, int position, Optional<Response> response) {
        AttemptItem item = openItem(accountId, attemptToken, position);
        String stored = null;
        if (response.isPresent()) {
            Question question = catalog.revision(em, item.getRevisionId()).question();
            stored = ResponseCodec.encode(response.get());
            if (stored.length() > MAX_STORED_RESPONSE) {
                throw ValidationException.of("answer", "The answer is too long to store (at most "
                        + MAX_STORED_RESPONSE + " characters).");
            }
            // Refuses an answer of the wrong shape for the question before it is stored.
            ResponseCodec.decode(question.type(), stored);
        }
        item.saveResponse(stored, evaluations.now());
    }

    @Override
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public void flag(long accountId, String attemptToken, int position, boolean flagged) {
        openItem(accountId, attemptToken, position).setFlagged(flagged);
    }

    /**
     * The item of an attempt that can still change. An attempt found past its deadline is submitted (with what was
     * saved in time) before the change is refused, hence no rollback on that refusal (and only on that one).
     */
    private AttemptItem openItem(long accountId, String attemptToken, int position) {
        lock.lock(accountId);
        AssessmentAttempt attempt = Attempts.find(em, accountId, attemptToken)
                .orElseThrow(() -> new IllegalArgumentException("There is no such assessment attempt."));
        if (grader.finishIfTimedOut(attempt, evaluations.now()) || attempt.endedByTimeLimit()) {
            throw new AttemptClosedException("Time is up: the assessment was submitted with the answers saved "
                    + "before the time limit.");
        }
        if (attempt.isSubmitted()) {
            throw new IllegalArgumentException("This assessment has been submitted; answers can no longer change.");
        }
        return Attempts.items(em, attempt).stream().filter(i -> i.getPosition() == position).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no item " + position
                        + " in this assessment."));
    }

    @Override
    @Transactional
    public AttemptResult submit(long accountId, String attemptToken) {
        lock.lock(accountId);
        AssessmentAttempt attempt = Attempts.find(em, accountId, attemptToken)
                .orElseThrow(() -> new IllegalArgumentException("There is no such assessment attempt."));
        if (!attempt.isSubmitted()) {
            Instant now = evaluations.now();
            grader.grade(attempt, attempt.deadline().filter(now::isAfter).orElse(now));
        }
        return views().result(attempt);
    }

    @Override
    @Transactional
    public Optional<AttemptResult> finishTimedOut(long accountId, String attemptToken) {
        // The lock before the read: an attempt read before it could be one another request has graded since.
        lock.lock(accountId);
        Optional<AssessmentAttempt> attempt = Attempts.find(em, accountId, attemptToken);
        attempt.ifPresent(a -> grader.finishIfTimedOut(a, evaluations.now()));
        return attempt.filter(AssessmentAttempt::isSubmitted).map(views()::result);
    }

    @Override
    @Transactional
    public Optional<AttemptResult> result(long accountId, String attemptToken) {
        return Attempts.find(em, accountId, attemptToken).filter(AssessmentAttempt::isSubmitted)
                .map(views()::result);
    }
}
