package org.ketaminetraining.study.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.bank.grading.Grader;
import org.ketaminetraining.bank.grading.GradingResult;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.platform.Tokens;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.grading.AnswerGrading;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.scheduling.grading.Grade;
import org.ketaminetraining.scheduling.grading.QuizAnswer;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.study.DisplayOrder;
import org.ketaminetraining.study.ResponseCodec;
import org.ketaminetraining.study.service.BankCatalog.PublishedItem;
import org.ketaminetraining.study.service.BankCatalog.RevisionContent;
import org.ketaminetraining.study.store.LearnerProfile;
import org.ketaminetraining.study.store.MemoryStateRow;
import org.ketaminetraining.study.store.Presentation;
import org.ketaminetraining.study.store.ReviewLogEntry;

/**
 * The study use cases that present and record, on one entity manager inside a transaction the caller owns (the CDI
 * service in the server, a benchmark or test outside it). Every method first locks the learner's profile row, so
 * that one learner's concurrent requests are serialised: that lock, plus the unique presentation id of the review
 * log, is what makes an answer count exactly once.
 */
public final class StudyLedger {

    /** An open question not answered for this long counts as shown anew when the learner comes back to it. */
    static final Duration RESUME_AFTER = Duration.ofMinutes(30);
    /** The review log's column for the answer as given. */
    private static final int MAX_STORED_RESPONSE = 4000;

    private final EntityManager em;
    private final BankCatalog catalog;
    private final LearnerContext.Factory contexts;
    private final Clock clock;
    private final SecureRandom random;
    private final StudyQueueReader reader;
    private BankCatalog.Snapshot bank;
    private ActiveParameters parameters;

    public StudyLedger(EntityManager em, BankCatalog catalog, LearnerContext.Factory contexts, Clock clock,
            SecureRandom random) {
        this.em = Objects.requireNonNull(em, "em");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.contexts = Objects.requireNonNull(contexts, "contexts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.reader = new StudyQueueReader(em);
    }

    /**
     * The bank as of this use case: looked up once per public call (one transaction), since the figures of one call
     * must come from one bank even if an import lands meanwhile.
     */
    private BankCatalog.Snapshot bank() {
        if (bank == null) {
            bank = catalog.current(em);
        }
        return bank;
    }

    /** The weights each programme is scheduled with, read once per public call like the bank. */
    private ActiveParameters parameters() {
        if (parameters == null) {
            parameters = ActiveParameters.read(em);
        }
        return parameters;
    }

    /** The instant of this use case, in whole milliseconds so that it survives every database's TIMESTAMP. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Locks and returns the learner's profile, which must exist. */
    LearnerProfile lockProfile(long accountId) {
        LearnerProfile profile = em.find(LearnerProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            throw new IllegalStateException("no learner profile for account " + accountId);
        }
        return profile;
    }

    public Optional<PresentedQuestion> currentQuestion(long accountId) {
        bank = null;
        parameters = null;
        LearnerProfile profile = lockProfile(accountId);
        Instant now = now();
        LearnerContext learner = contexts.of(profile, bank(), parameters());
        Optional<Presentation> open = openPresentation(accountId, learner, now);
        StudyQueueReader.Today today = reader.today(learner, now);
        List<QueueEntry> queue = reader.queue(learner, today, now);
        if (open.isPresent()) {
            Presentation shown = open.get();
            boolean queued = queue.stream()
                    .anyMatch(e -> e.item().itemId().equals(StudyQueueReader.itemId(shown.getQuestionId())));
            return Optional.of(presented(shown, new SessionProgress(today.answeredInSession(learner),
                    queue.size() + (queued ? 0 : 1))));
        }
        Optional<QueueEntry> next = queue.stream().findFirst().or(() -> reader.learnAhead(learner, now));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        PublishedItem item = learner.item(next.get().item().itemId());
        Presentation shown = new Presentation(Tokens.newToken(random), accountId, item.questionId(), item.revisionId(),
                next.get().reason().name(), now);
        em.persist(shown);
        return Optional.of(presented(shown, new SessionProgress(today.answeredInSession(learner),
                Math.max(1, queue.size()))));
    }

    /**
     * The learner's open presentation, if it can still be answered: one whose question was retired or revised, or
     * left their programme, since it was shown is superseded (a corrected dose must not be shown as it was); one
     * left open for long is shown again from now, so the time away does not count as answering time.
     */
    private Optional<Presentation> openPresentation(long accountId, LearnerContext learner, Instant now) {
        List<Presentation> open = em.createQuery("SELECT p FROM Presentation p WHERE p.accountId = :account "
                + "AND p.answered = :no AND p.superseded = :no ORDER BY p.id DESC", Presentation.class)
                .setParameter("account", accountId).setParameter("no", Boolean.FALSE).getResultList();
        Optional<Presentation> current = Optional.empty();
        for (Presentation shown : open) {
            Optional<PublishedItem> item = learner.published(StudyQueueReader.itemId(shown.getQuestionId()));
            if (current.isEmpty() && item.isPresent() && item.get().revisionId() == shown.getRevisionId()) {
                current = Optional.of(shown);
            } else {
                shown.supersede();
            }
        }
        current.filter(shown -> shown.getPresentedAt().plus(RESUME_AFTER).isBefore(now))
                .ifPresent(shown -> shown.showAgainAt(now));
        return current;
    }

    public Optional<PresentedQuestion> presentation(long accountId, String token) {
        bank = null;
        parameters = null;
        return findPresentation(accountId, token).map(p -> presented(p, progress(accountId)));
    }

    public AnswerOutcome submit(long accountId, AnswerSubmission submission) {
        bank = null;
        parameters = null;
        LearnerProfile profile = em.find(LearnerProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            // Someone who never studied has no presentations either.
            throw new IllegalArgumentException("no such presentation for this learner");
        }
        Presentation shown = findPresentation(accountId, submission.presentationToken())
                .orElseThrow(() -> new IllegalArgumentException("no such presentation for this learner"));
        if (shown.isAnswered()) {
            return outcomeOf(shown).asRepeat();
        }
        RevisionContent revision = catalog.revision(em, shown.getRevisionId());
        Question question = revision.question();
        String storedResponse = ResponseCodec.encode(submission.response());
        if (storedResponse.length() > MAX_STORED_RESPONSE) {
            throw ValidationException.of("answer", "The answer is too long to store (at most "
                    + MAX_STORED_RESPONSE + " characters).");
        }
        GradingResult graded = Grader.grade(question, submission.response());
        Instant now = now();
        LearnerContext learner = contexts.of(profile, bank(), parameters());
        MemoryStateRow row = stateRow(accountId, shown.getQuestionId()).orElse(null);
        CardState before = row == null ? CardState.NEW : row.toState();
        // A review is never before the last one (servers' clocks can disagree by a little); the log keeps the
        // instant the scheduler saw, so a replay gives the same state.
        Instant answeredAt = before.isNew() || !now.isBefore(before.lastReview()) ? now : before.lastReview();
        Duration responseTime = Duration.between(shown.getPresentedAt(), answeredAt);
        if (responseTime.isNegative()) {
            responseTime = Duration.ZERO;
        }
        Grade grade = AnswerGrading.DEFAULT.grade(new QuizAnswer(graded.correct(), submission.confidence(),
                responseTime, question.expectedSeconds().isPresent()
                        ? Optional.of(Duration.ofSeconds(question.expectedSeconds().getAsInt())) : Optional.empty()));
        double retention = learner.retentionFor(revision.safetyCritical());
        CardState after = learner.schedulerFor(retention).next(before, new Review(answeredAt, grade.rating()),
                learner.context(revision.questionKey()));
        em.persist(new ReviewLogEntry(new ReviewLogEntry.Facts(shown.getId(), accountId, shown.getQuestionId(),
                shown.getRevisionId(), shown.getPresentedAt(), answeredAt,
                learner.boundary().studyDay(answeredAt), responseTime.toMillis(),
                storedResponse, submission.confidence().name(), graded.correct(), grade.rating().name(),
                grade.confidentlyWrong(), before.isNew(), after.due(), learner.programmeId(), retention,
                learner.parameterVersion())));
        if (row == null) {
            em.persist(new MemoryStateRow(accountId, shown.getQuestionId(), after));
        } else {
            row.store(after);
        }
        shown.markAnswered();
        em.flush();
        return new AnswerOutcome(shown.getToken(), revision.questionKey(), revision.revisionNumber(),
                learner.snapshot().moduleTitle(revision.moduleKey()), question, displayOrder(question, shown),
                submission.response(), submission.confidence(), graded.correct(), graded.feedback(), grade.rating(),
                grade.confidentlyWrong(), responseTime, after.due(), false);
    }

    public Optional<AnswerOutcome> outcome(long accountId, String token) {
        bank = null;
        parameters = null;
        return findPresentation(accountId, token).filter(Presentation::isAnswered).map(this::outcomeOf);
    }

    private AnswerOutcome outcomeOf(Presentation shown) {
        ReviewLogEntry entry = em.createQuery("SELECT r FROM ReviewLogEntry r WHERE r.presentationId = :id",
                ReviewLogEntry.class).setParameter("id", shown.getId()).getSingleResult();
        RevisionContent revision = catalog.revision(em, entry.getRevisionId());
        Question question = revision.question();
        Response response = ResponseCodec.decode(question.type(), entry.getResponse());
        GradingResult graded = Grader.grade(question, response);
        return new AnswerOutcome(shown.getToken(), revision.questionKey(), revision.revisionNumber(),
                bank().moduleTitle(revision.moduleKey()), question, displayOrder(question, shown),
                response, Confidence.valueOf(entry.getConfidence()), entry.isCorrect(), graded.feedback(),
                Rating.valueOf(entry.getRating()), entry.isConfidentlyWrong(),
                Duration.ofMillis(entry.getResponseMillis()), entry.getDueAfter(), false);
    }

    private Optional<Presentation> findPresentation(long accountId, String token) {
        return em.createQuery("SELECT p FROM Presentation p WHERE p.token = :token", Presentation.class)
                .setParameter("token", token).getResultList().stream()
                .filter(p -> p.getAccountId() == accountId).findFirst();
    }

    private PresentedQuestion presented(Presentation shown, SessionProgress progress) {
        RevisionContent revision = catalog.revision(em, shown.getRevisionId());
        return new PresentedQuestion(shown.getToken(), revision.questionKey(), revision.revisionNumber(),
                revision.moduleKey(), bank().moduleTitle(revision.moduleKey()), revision.question(),
                displayOrder(revision.question(), shown), shown.getPresentedAt(),
                QueueEntry.Reason.valueOf(shown.getQueueReason()), progress, shown.isAnswered());
    }

    private static List<Integer> displayOrder(Question question, Presentation shown) {
        return DisplayOrder.forQuestion(question, shown.getToken());
    }

    private SessionProgress progress(long accountId) {
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        if (profile == null) {
            return new SessionProgress(0, 0);
        }
        Instant now = now();
        LearnerContext learner = contexts.of(profile, bank(), parameters());
        StudyQueueReader.Today today = reader.today(learner, now);
        return new SessionProgress(today.answeredInSession(learner), reader.queue(learner, today, now).size());
    }

    private Optional<MemoryStateRow> stateRow(long accountId, long questionId) {
        return em.createQuery("SELECT s FROM MemoryStateRow s WHERE s.accountId = :account "
                + "AND s.questionId = :question", MemoryStateRow.class).setParameter("account", accountId)
                .setParameter("question", questionId).getResultList().stream().findFirst();
    }

    /**
     * Recomputes every memory state of the learner by replaying their review log under their current settings,
     * and stores the result. Used when a setting that the schedule depends on changes.
     */
    public void rebuildStates(long accountId) {
        bank = null;
        parameters = null;
        new MemoryStateReplay(em, catalog).rebuild(contexts.of(lockProfile(accountId), bank(), parameters()));
    }

    /** Every item's state as a replay of the learner's whole review log gives it, keyed by question id. */
    public Map<Long, CardState> replayedStates(long accountId) {
        bank = null;
        parameters = null;
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        return profile == null ? Map.of()
                : new MemoryStateReplay(em, catalog).replayed(contexts.of(profile, bank(), parameters()));
    }

    /** Every stored memory state of the learner, keyed by question id. */
    public Map<Long, CardState> storedStates(long accountId) {
        return reader.states(accountId);
    }

    /** What the learner has in store, for the overview that reports it. */
    StudyQueueReader reader() {
        return reader;
    }

    /** The learner's scheduling context as of now (no lock: for reading). */
    LearnerContext learnerOf(LearnerProfile profile) {
        return contexts.of(profile, bank(), parameters());
    }

    BankCatalog catalog() {
        return catalog;
    }
}
