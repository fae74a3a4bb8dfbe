package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ketaminetraining.bank.grading.Grader;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.rules.AssessedItem;
import org.ketaminetraining.certification.rules.AssessmentDraw;
import org.ketaminetraining.certification.rules.AssessmentResult;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.signing.AssessedRevision;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptItem;
import org.ketaminetraining.certification.store.AttemptReset;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.certification.store.TimeExtension;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.platform.Tokens;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.study.DisplayOrder;
import org.ketaminetraining.study.ResponseCodec;
import org.ketaminetraining.study.service.BankCatalog.PublishedItem;
import org.ketaminetraining.study.service.BankCatalog.RevisionContent;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.LearnerContext;
import org.ketaminetraining.study.service.LearnerProfiles;
import org.ketaminetraining.study.store.LearnerProfile;
import org.ketaminetraining.study.store.StudyRefresher;

/** The certification use cases on JPA; see {@link CertificationService}. */
@ApplicationScoped
public class JpaCertificationService implements CertificationService {

    private static final Logger LOG = Logger.getLogger(JpaCertificationService.class.getName());
    /** The answer column's size, as for study answers. */
    private static final int MAX_STORED_RESPONSE = 4000;
    static final int MAX_REASON_LENGTH = 1000;
    static final int MAX_EXTRA_MINUTES = 600;
    /** Provider printed when the curriculum names none. */
    static final String DEFAULT_PROVIDER = "Ketamine Training";

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankCatalog catalog;
    @Inject
    private LearnerProfiles profiles;
    @Inject
    private SigningKeys keys;
    @Inject
    private AuditTrail audit;
    @Inject
    private AccountStore accounts;
    @Inject
    private AccessControl access;
    @Inject
    private AppSettings settings;
    @Inject
    private Clock clock;
    @Inject
    private SecureRandom random;
    @Inject
    private CertificateRenderer renderer;

    /** Day boundaries of learners' zones, made once per zone for the life of the application. */
    private final LearnerContext.Factory contexts = new LearnerContext.Factory(DayBoundary.DEFAULT_ROLLOVER_HOUR);
    private volatile Scheduler recallModel;

    /**
     * Predicted recall needs only the memory model's parameters, not a learner's day boundary or retention; the
     * model is made once (its policy's day boundary is costly to make).
     */
    private Scheduler recallModel() {
        Scheduler known = recallModel;
        if (known == null) {
            known = new FsrsScheduler(FsrsParameters.DEFAULT, SchedulerPolicy.defaults(settings.zone()));
            recallModel = known;
        }
        return known;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private StandingEvaluator evaluator(BankCatalog.Snapshot bank, Instant now) {
        return new StandingEvaluator(bank, recallModel(), now, settings.zone(), contexts::boundary);
    }

    // ---------------------------------------------------------------- learner's standing

    @Override
    @Transactional
    public List<ProgrammeStanding> standings(long accountId) {
        lockLearnerIfStudying(accountId);
        Instant now = now();
        finishExpiredAttempts(accountId, now);
        BankCatalog.Snapshot bank = catalog.current(em);
        LearnerFacts facts = LearnerFacts.load(em, accountId, settings.zone());
        StandingEvaluator evaluator = evaluator(bank, now);
        Map<Long, StudyRefresher> refreshers = refreshers(accountId);
        List<ProgrammeStanding> standings = new ArrayList<>();
        for (Programme programme : ownProgrammeFirst(bank.programmes(), accountId)) {
            StandingEvaluator.Evaluation evaluation = evaluator.evaluate(programme, facts);
            bringForwardFadingItems(facts, evaluation, now, refreshers);
            standings.add(evaluation.standing());
        }
        return standings;
    }

    private List<Programme> ownProgrammeFirst(List<Programme> programmes, long accountId) {
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        List<Programme> ordered = new ArrayList<>(programmes);
        if (profile != null) {
            ordered.sort(Comparator.comparing(p -> !p.id().equals(profile.getProgrammeKey())));
        }
        return ordered;
    }

    /**
     * A holder whose safety-critical recall has faded gets the faded items brought forward in their study queue,
     * once per fade: an item already brought forward and not reviewed since keeps its row, so repeated page views
     * do not keep postponing its settlement.
     */
    private void bringForwardFadingItems(LearnerFacts facts, StandingEvaluator.Evaluation evaluation, Instant now,
            Map<Long, StudyRefresher> refreshers) {
        if (!evaluation.standing().certificate().map(CertificateSummary::refresherDue).orElse(false)) {
            return;
        }
        for (String key : evaluation.currency().itemsBelowThreshold()) {
            PublishedItem item = evaluation.itemsByKey().get(key);
            if (item == null) {
                continue;
            }
            StudyRefresher existing = refreshers.get(item.questionId());
            org.ketaminetraining.scheduling.CardState state = facts.states().get(item.questionId());
            if (existing == null) {
                StudyRefresher added = new StudyRefresher(facts.accountId(), item.questionId(),
                        StudyRefresher.Reason.KNOWLEDGE_REFRESHER, now);
                em.persist(added);
                refreshers.put(item.questionId(), added);
            } else if (state != null && !state.isNew() && state.lastReview().isAfter(existing.getSince())) {
                existing.bringForward(StudyRefresher.Reason.KNOWLEDGE_REFRESHER, now);
            }
        }
    }

    /** The learner's study refresher rows by question id, read once per use case. */
    private Map<Long, StudyRefresher> refreshers(long accountId) {
        Map<Long, StudyRefresher> rows = new java.util.HashMap<>();
        em.createQuery("SELECT r FROM StudyRefresher r WHERE r.accountId = :account", StudyRefresher.class)
                .setParameter("account", accountId).getResultList()
                .forEach(row -> rows.put(row.getQuestionId(), row));
        return rows;
    }

    private StandingEvaluator.Evaluation evaluation(long accountId, String programmeId, Instant now) {
        BankCatalog.Snapshot bank = catalog.current(em);
        Programme programme = bank.programme(programmeId)
                .orElseThrow(() -> new IllegalArgumentException("There is no programme " + programmeId + "."));
        return evaluator(bank, now).evaluate(programme, LearnerFacts.load(em, accountId, settings.zone()));
    }

    // ---------------------------------------------------------------- taking an assessment

    /**
     * Locks the learner's profile row: one learner's assessment requests run one at a time, so that a time-up
     * grading, a second tab and "Yes, submit" cannot grade one attempt twice.
     */
    private void lockLearner(long accountId) {
        profiles.ensure(accountId);
        em.find(LearnerProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** As {@link #lockLearner} for reads that may finish an expired attempt; someone who never studied has none. */
    private void lockLearnerIfStudying(long accountId) {
        em.find(LearnerProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    @Transactional
    public String startAssessment(long accountId, String programmeId) {
        lockLearner(accountId);
        Instant now = now();
        finishExpiredAttempts(accountId, now);
        StandingEvaluator.Evaluation evaluation = evaluation(accountId, programmeId, now);
        if (evaluation.openAttempt().isPresent()) {
            return evaluation.openAttempt().get().getToken();
        }
        ProgrammeStanding standing = evaluation.standing();
        if (!standing.assessmentUnlocked()) {
            throw new IllegalArgumentException(evaluation.renewal()
                    ? "The renewal assessment opens " + programmeRenewalDays(evaluation) + " days before the "
                            + "certificate expires."
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
        audit.record(username(accountId), "assessment.start", programmeId, attempt.getKind().name().toLowerCase()
                + " attempt of " + drawn.size() + " items");
        return attempt.getToken();
    }

    /** An instant as the learner reads it: "27 November 2026, 14:05 (Europe/London)". */
    private String inLearnersZone(long accountId, Instant instant) {
        LearnerProfile profile = em.find(LearnerProfile.class, accountId);
        java.time.ZoneId zone = profile == null ? settings.zone() : java.time.ZoneId.of(profile.getTimeZone());
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", java.util.Locale.ENGLISH)
                .format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static int programmeRenewalDays(StandingEvaluator.Evaluation evaluation) {
        return evaluation.programme().renewalWindowDays();
    }

    private int extraMinutes(long accountId, String programmeId) {
        TimeExtension extension = em.find(TimeExtension.class, new TimeExtension.Key(accountId, programmeId));
        return extension == null ? 0 : extension.getExtraMinutes();
    }

    @Override
    @Transactional
    public Optional<AttemptView> attempt(long accountId, String attemptToken) {
        lockLearnerIfStudying(accountId);
        Optional<AssessmentAttempt> found = findAttempt(accountId, attemptToken);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AssessmentAttempt attempt = found.get();
        finishIfExpired(attempt, now());
        BankCatalog.Snapshot bank = catalog.current(em);
        List<AttemptView.Item> items = new ArrayList<>();
        List<AttemptItem> attemptItems = items(attempt);
        Map<Long, RevisionContent> contents = contentsOf(attemptItems);
        for (AttemptItem item : attemptItems) {
            RevisionContent revision = contents.get(item.getRevisionId());
            items.add(new AttemptView.Item(item.getPosition(), revision.questionKey(), item.getModuleKey(),
                    bank.moduleTitle(item.getModuleKey()), revision.question(),
                    DisplayOrder.forQuestion(revision.question(), attempt.getToken() + "/" + item.getPosition()),
                    item.getResponse().map(stored -> ResponseCodec.decode(revision.question().type(), stored)),
                    item.isFlagged()));
        }
        return Optional.of(new AttemptView(attempt.getToken(), attempt.getProgrammeKey(),
                programmeTitle(bank, attempt.getProgrammeKey()), attempt.getKind() == AssessmentAttempt.Kind.RENEWAL,
                attempt.getStartedAt(), attempt.deadline(), attempt.isSubmitted(), items));
    }

    private static String programmeTitle(BankCatalog.Snapshot bank, String programmeId) {
        return bank.programme(programmeId).map(Programme::title).orElse(programmeId);
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
        item.saveResponse(stored, now());
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
        lockLearner(accountId);
        AssessmentAttempt attempt = findAttempt(accountId, attemptToken)
                .orElseThrow(() -> new IllegalArgumentException("There is no such assessment attempt."));
        if (finishIfExpired(attempt, now())) {
            throw new AttemptClosedException("Time is up: the assessment was submitted with the answers saved "
                    + "before the time limit.");
        }
        if (attempt.isSubmitted()) {
            throw new IllegalArgumentException("This assessment has been submitted; answers can no longer change.");
        }
        return items(attempt).stream().filter(i -> i.getPosition() == position).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no item " + position
                        + " in this assessment."));
    }

    @Override
    @Transactional
    public AttemptResult submit(long accountId, String attemptToken) {
        lockLearner(accountId);
        AssessmentAttempt attempt = findAttempt(accountId, attemptToken)
                .orElseThrow(() -> new IllegalArgumentException("There is no such assessment attempt."));
        if (!attempt.isSubmitted()) {
            Instant now = now();
            grade(attempt, attempt.deadline().filter(now::isAfter).orElse(now));
        }
        return resultOf(attempt);
    }

    @Override
    @Transactional
    public Optional<AttemptResult> result(long accountId, String attemptToken) {
        lockLearnerIfStudying(accountId);
        Optional<AssessmentAttempt> attempt = findAttempt(accountId, attemptToken);
        attempt.ifPresent(a -> finishIfExpired(a, now()));
        return attempt.filter(AssessmentAttempt::isSubmitted).map(this::resultOf);
    }

    private void finishExpiredAttempts(long accountId, Instant now) {
        em.createQuery("SELECT a FROM AssessmentAttempt a WHERE a.accountId = :account AND a.submittedAt IS NULL",
                AssessmentAttempt.class).setParameter("account", accountId).getResultList()
                .forEach(attempt -> finishIfExpired(attempt, now));
    }

    /** Submits an open attempt whose time ran out, as of its deadline. */
    private boolean finishIfExpired(AssessmentAttempt attempt, Instant now) {
        Optional<Instant> deadline = attempt.deadline();
        if (!attempt.isSubmitted() && deadline.isPresent() && now.isAfter(deadline.get())) {
            grade(attempt, deadline.get());
            return true;
        }
        return false;
    }

    /** The parsed revisions an attempt's items showed, in one read for those not cached yet. */
    private Map<Long, RevisionContent> contentsOf(List<AttemptItem> items) {
        return catalog.revisions(em, items.stream().map(AttemptItem::getRevisionId).toList());
    }

    /** Grades an attempt once: records the verdict, sends missed items back to study, issues the certificate. */
    private void grade(AssessmentAttempt attempt, Instant at) {
        List<AssessedItem> assessed = new ArrayList<>();
        List<AttemptItem> items = items(attempt);
        Map<Long, RevisionContent> contents = contentsOf(items);
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
        // Every miss comes back in study from now, a row already there included (a new miss renews it).
        Map<Long, StudyRefresher> refreshers = refreshers(attempt.getAccountId());
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
        audit.record(username(attempt.getAccountId()), "assessment.submit", attempt.getProgrammeKey(),
                result.correct() + " of " + result.total() + (result.passed() ? ", passed" : ", not passed"));
        if (result.passed() && !revokedSince(attempt)) {
            issue(attempt, items, result, at);
        }
    }

    /**
     * Whether a certificate of the attempt's programme was revoked after the attempt began: passing an attempt
     * started before the revocation must not hand the certificate straight back.
     */
    private boolean revokedSince(AssessmentAttempt attempt) {
        return em.createQuery("SELECT COUNT(c) FROM IssuedCertificate c WHERE c.accountId = :account AND "
                + "c.programmeKey = :programme AND c.revokedAt >= :started", Long.class)
                .setParameter("account", attempt.getAccountId()).setParameter("programme", attempt.getProgrammeKey())
                .setParameter("started", attempt.getStartedAt()).getSingleResult() > 0;
    }

    private AttemptResult resultOf(AssessmentAttempt attempt) {
        BankCatalog.Snapshot bank = catalog.current(em);
        List<AssessedItem> assessed = new ArrayList<>();
        List<AttemptResult.ReviewedItem> reviewed = new ArrayList<>();
        List<AttemptItem> attemptItems = items(attempt);
        Map<Long, RevisionContent> contents = contentsOf(attemptItems);
        for (AttemptItem item : attemptItems) {
            RevisionContent revision = contents.get(item.getRevisionId());
            boolean correct = item.getCorrect().orElse(false);
            Optional<Response> response = item.getResponse()
                    .map(stored -> ResponseCodec.decode(revision.question().type(), stored));
            assessed.add(AssessedItem.answered(revision.questionKey(), item.getModuleKey(), item.isSafetyCritical(),
                    correct));
            reviewed.add(new AttemptResult.ReviewedItem(item.getPosition(), bank.moduleTitle(item.getModuleKey()),
                    revision.question(),
                    DisplayOrder.forQuestion(revision.question(), attempt.getToken() + "/" + item.getPosition()),
                    response, correct));
        }
        AssessmentResult result = AssessmentResult.grade(assessed, attempt.getPassMark(),
                attempt.isAllSafetyCritical());
        Optional<String> code = em.createQuery("SELECT c.code FROM IssuedCertificate c WHERE c.attemptId = :id",
                String.class).setParameter("id", attempt.getId()).getResultList().stream().findFirst()
                .map(StandingEvaluator::displayCode);
        AttemptDecision next = bank.programme(attempt.getProgrammeKey())
                .map(p -> evaluator(bank, now()).evaluate(p, LearnerFacts.load(em, attempt.getAccountId(),
                        settings.zone())).standing().decision())
                .orElse(new AttemptDecision(AttemptDecision.Verdict.NO_ATTEMPTS_LEFT, 0, Optional.empty()));
        return new AttemptResult(attempt.getToken(), attempt.getProgrammeKey(),
                programmeTitle(bank, attempt.getProgrammeKey()), attempt.getKind() == AssessmentAttempt.Kind.RENEWAL,
                attempt.getSubmittedAt().orElseThrow(), result.correct(), result.total(), attempt.getPassMark(),
                result.passMarkReached(), result.safetyCriticalMissed().size(), result.passed(), result.byModule(), reviewed,
                code, next);
    }

    private Optional<AssessmentAttempt> findAttempt(long accountId, String token) {
        if (token == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM AssessmentAttempt a WHERE a.token = :token", AssessmentAttempt.class)
                .setParameter("token", token).getResultList().stream()
                .filter(a -> a.getAccountId() == accountId).findFirst();
    }

    private List<AttemptItem> items(AssessmentAttempt attempt) {
        return em.createQuery("SELECT i FROM AttemptItem i WHERE i.attemptId = :id ORDER BY i.position",
                AttemptItem.class).setParameter("id", attempt.getId()).getResultList();
    }

    // ---------------------------------------------------------------- certificates

    private void issue(AssessmentAttempt attempt, List<AttemptItem> items, AssessmentResult result, Instant at) {
        Account holder = em.find(Account.class, attempt.getAccountId());
        BankCatalog.Snapshot bank = catalog.current(em);
        Programme programme = bank.programme(attempt.getProgrammeKey()).orElseThrow(() -> new IllegalStateException(
                "programme " + attempt.getProgrammeKey() + " left the curriculum during the attempt"));
        LocalDate issuedOn = at.atZone(settings.zone()).toLocalDate();
        CertificateValidity validity = CertificateValidity.of(programme, issuedOn);
        List<AssessedRevision> revisions = new ArrayList<>();
        Map<Long, RevisionContent> contents = contentsOf(items);
        for (AttemptItem item : items) {
            RevisionContent revision = contents.get(item.getRevisionId());
            revisions.add(new AssessedRevision(revision.questionKey(), revision.revisionNumber()));
        }
        VerificationCode code = VerificationCode.generate(random);
        CertificatePayload payload = new CertificatePayload(code, holder.getDisplayName().strip(), programme.id(),
                programme.title(), attempt.getCurriculumVersion(), revisions,
                result.correct() * 1000 / result.total(), issuedOn, validity.expiresOn(),
                programme.provider().orElse(DEFAULT_PROVIDER),
                programme.contactHours().isPresent()
                        ? Optional.of(BigDecimal.valueOf(programme.contactHours().getAsDouble()))
                        : Optional.empty());
        CertificateSigner signer = keys.signer();
        SignedCertificate signed = signer.signCertificate(payload);
        em.persist(new IssuedCertificate(new IssuedCertificate.Facts(code.canonical(), holder.getId(),
                programme.id(), attempt.getId(), payload.holderName(), programme.title(), issuedOn,
                validity.expiresOn(), at, signed.keyId(), signed.toJson())));
        audit.record(holder.getUsername(), "certificate.issue", code.canonical(), programme.id() + ", valid through "
                + CertificateDates.inWords(validity.validThrough()));
        LOG.info(() -> "Issued certificate " + code + " for " + programme.id() + " to " + holder.getUsername());
    }

    @Override
    @Transactional
    public List<CertificateSummary> certificates(long accountId) {
        Instant now = now();
        BankCatalog.Snapshot bank = catalog.current(em);
        LearnerFacts facts = LearnerFacts.load(em, accountId, settings.zone());
        StandingEvaluator evaluator = evaluator(bank, now);
        Map<String, CertificateSummary> current = new java.util.HashMap<>();
        for (Programme programme : bank.programmes()) {
            evaluator.evaluate(programme, facts).standing().certificate()
                    .ifPresent(summary -> current.put(summary.code(), summary));
        }
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        List<CertificateSummary> all = new ArrayList<>();
        for (IssuedCertificate certificate : facts.certificates()) {
            String display = StandingEvaluator.displayCode(certificate.getCode());
            all.add(current.getOrDefault(display, StandingEvaluator.summary(certificate,
                    CertificateValidity.statusOn(certificate.getExpiresOn(), today, certificate.isRevoked()),
                    false, false)));
        }
        Collections.reverse(all);
        return all;
    }

    @Override
    @Transactional
    public Optional<CertificateFiles> files(SignedInUser caller, String code) {
        Optional<IssuedCertificate> found = byCode(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IssuedCertificate certificate = found.get();
        SignedInUser current = access.require(caller, Role.values());
        if (certificate.getAccountId() != current.accountId() && !current.has(Role.ADMIN)) {
            // Every file carries the score (the signed file, the PDF that embeds it, the badge's result), and
            // managers never see scores: they have the status in their report and /verify for any certificate.
            throw new AccessDeniedException(caller.username() + " may not have the files of certificate " + code
                    + ": only its holder and administrators may");
        }
        if (certificate.isRevoked()) {
            // A revoked certificate is not handed out again as a clean PDF or a badge that verifies offline.
            return Optional.empty();
        }
        SignedCertificate signed;
        try {
            signed = SignedCertificate.parse(certificate.getSignedFile().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (org.ketaminetraining.certification.signing.CertificateFormatException e) {
            throw new IllegalStateException("stored certificate " + code + " does not parse", e);
        }
        return Optional.of(renderer.files(signed, keys.activeKeys()));
    }

    private Optional<IssuedCertificate> byCode(String code) {
        return VerificationCode.parse(code == null ? "" : code).flatMap(parsed -> em.createQuery(
                "SELECT c FROM IssuedCertificate c WHERE c.code = :code", IssuedCertificate.class)
                .setParameter("code", parsed.canonical()).getResultList().stream().findFirst());
    }

    @Override
    @Transactional
    public Verification verify(String code) {
        Optional<IssuedCertificate> found = byCode(code);
        if (found.isEmpty()) {
            return Verification.unknown();
        }
        IssuedCertificate certificate = found.get();
        LocalDate today = now().atZone(settings.zone()).toLocalDate();
        CertificateStatus status = CertificateValidity.statusOn(certificate.getExpiresOn(), today,
                certificate.isRevoked());
        Verification.Outcome outcome = switch (status) {
            case REVOKED -> Verification.Outcome.REVOKED;
            case EXPIRED -> Verification.Outcome.EXPIRED;
            default -> Verification.Outcome.VALID;
        };
        return new Verification(outcome, Optional.of(new Verification.Details(
                StandingEvaluator.displayCode(certificate.getCode()), certificate.getHolderName(),
                certificate.getProgrammeTitle(), certificate.getIssuedOn(), certificate.getExpiresOn(),
                CertificateDates.validThrough(certificate.getExpiresOn()))));
    }

    @Override
    @Transactional
    public PublicKeyInfo publicKey() {
        CertificateSigner signer = keys.signer();
        return new PublicKeyInfo(signer.keyId(), CertificateSigner.publicKeyToPem(signer.publicKey()),
                renderer.jwk(keys.activeKeys()));
    }

    // ---------------------------------------------------------------- oversight

    /**
     * Administrators oversee everyone; a manager oversees the people of the departments they manage. Roles and
     * managed departments are read as stored now, not as the caller's session remembers them.
     *
     * @return the caller as stored now
     * @throws SecurityException otherwise
     */
    private SignedInUser requireOverseer(SignedInUser caller, long accountId) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        if (current.has(Role.ADMIN)) {
            return current;
        }
        Account person = em.find(Account.class, accountId);
        if (person != null && person.getDepartments().stream().map(Department::getCode)
                .anyMatch(current.managedDepartmentCodes()::contains)) {
            return current;
        }
        throw new AccessDeniedException(caller.username() + " may not act on account " + accountId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Verification> certificateToRevoke(SignedInUser caller, String code) {
        Optional<IssuedCertificate> found = byCode(code);
        if (found.isEmpty()) {
            access.require(caller, Role.MANAGER, Role.ADMIN);
            return Optional.empty();
        }
        try {
            requireOverseer(caller, found.get().getAccountId());
        } catch (AccessDeniedException notTheirs) {
            access.require(caller, Role.MANAGER, Role.ADMIN);
            return Optional.empty();
        }
        return Optional.of(verify(code));
    }

    @Override
    @Transactional
    public void revoke(SignedInUser caller, String code, String reason) {
        IssuedCertificate certificate = byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "There is no certificate " + code + "."));
        requireOverseer(caller, certificate.getAccountId());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "Give the reason for revoking the certificate.");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw ValidationException.of("reason", "The reason is too long (at most " + MAX_REASON_LENGTH
                    + " characters).");
        }
        if (certificate.isRevoked()) {
            throw ValidationException.of("reason", Oversight.Refusal.ALREADY_REVOKED.message());
        }
        LocalDate today = now().atZone(settings.zone()).toLocalDate();
        Oversight.revocation(CertificateValidity.statusOn(certificate.getExpiresOn(), today, false))
                .ifPresent(refusal -> {
                    throw new IllegalArgumentException(refusal.message());
                });
        certificate.revoke(now(), caller.username(), why);
        audit.record(caller.username(), "certificate.revoke", certificate.getCode(), why);
    }

    @Override
    @Transactional
    public void extendTimeLimit(SignedInUser caller, long accountId, String programmeId, int extraMinutes) {
        if (caller.accountId() == accountId) {
            throw new SecurityException(caller.username() + " may not extend their own time limit");
        }
        SignedInUser current = requireOverseer(caller, accountId);
        if (extraMinutes < 0 || extraMinutes > MAX_EXTRA_MINUTES) {
            throw ValidationException.of("minutes", "Enter 0 to " + MAX_EXTRA_MINUTES + " minutes.");
        }
        if (catalog.current(em).programme(programmeId).isEmpty()) {
            throw ValidationException.of("programme", "There is no programme " + programmeId + ".");
        }
        Instant now = now();
        // An attempt whose time already ran out is finished as it stood; an extension does not revive it.
        lockLearnerIfStudying(accountId);
        finishExpiredAttempts(accountId, now);
        refuseUnlessOffered(current, accountId, programmeId, Oversight.Action.TIME_EXTENSION);
        TimeExtension extension = em.find(TimeExtension.class, new TimeExtension.Key(accountId, programmeId));
        int previous = extension == null ? 0 : extension.getExtraMinutes();
        if (extension == null) {
            em.persist(new TimeExtension(accountId, programmeId, extraMinutes, caller.username(), now));
        } else {
            extension.grant(extraMinutes, caller.username(), now);
        }
        em.createQuery("SELECT a FROM AssessmentAttempt a WHERE a.accountId = :account AND a.programmeKey = "
                + ":programme AND a.submittedAt IS NULL", AssessmentAttempt.class)
                .setParameter("account", accountId).setParameter("programme", programmeId).getResultList()
                .forEach(open -> open.extendBy(extraMinutes - previous));
        audit.record(caller.username(), "assessment.time-extension", username(accountId),
                programmeId + ": " + extraMinutes + " extra minutes");
    }

    @Override
    @Transactional
    public void allowNewAttempts(SignedInUser caller, long accountId, String programmeId, String reason) {
        if (caller.accountId() == accountId) {
            throw new SecurityException(caller.username() + " may not reset their own attempts");
        }
        SignedInUser current = requireOverseer(caller, accountId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "Give the reason for allowing new attempts.");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw ValidationException.of("reason", "The reason is too long (at most " + MAX_REASON_LENGTH
                    + " characters).");
        }
        if (catalog.current(em).programme(programmeId).isEmpty()) {
            throw ValidationException.of("programme", "There is no programme " + programmeId + ".");
        }
        Instant now = now();
        // The decision is the learner's as their own page shows it: an attempt whose time ran out counts as finished.
        lockLearnerIfStudying(accountId);
        finishExpiredAttempts(accountId, now);
        refuseUnlessOffered(current, accountId, programmeId, Oversight.Action.NEW_ATTEMPTS);
        AttemptReset reset = em.find(AttemptReset.class, new TimeExtension.Key(accountId, programmeId));
        if (reset == null) {
            em.persist(new AttemptReset(accountId, programmeId, now, caller.username(), why));
        } else {
            reset.reset(now, caller.username(), why);
        }
        audit.record(caller.username(), "assessment.attempts-reset", username(accountId), programmeId + ": " + why);
    }

    @Override
    @Transactional
    public Optional<CompletionReport.Row> completionRow(SignedInUser caller, long accountId, String programmeId) {
        SignedInUser current;
        try {
            current = requireOverseer(caller, accountId);
        } catch (AccessDeniedException notTheirs) {
            // A manager asking about someone outside their departments learns nothing, not even that they exist;
            // someone who is no manager at all is refused outright.
            access.require(caller, Role.MANAGER, Role.ADMIN);
            return Optional.empty();
        }
        return new CompletionReporter(em, accounts, evaluator(catalog.current(em), now()), catalog.current(em),
                settings.zone()).row(current, accountId, programmeId);
    }

    @Override
    @Transactional
    public CompletionReport completionReport(SignedInUser caller, CompletionQuery query) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        return new CompletionReporter(em, accounts, evaluator(catalog.current(em), now()), catalog.current(em),
                settings.zone()).report(current, query);
    }

    /**
     * Refuses, with the reason the report gives for not offering it, an action the caller's completion report does
     * not offer on this person's row: the page and the service apply the one rule ({@link Oversight}).
     */
    private void refuseUnlessOffered(SignedInUser current, long accountId, String programmeId,
            Oversight.Action action) {
        CompletionReport.Row row = new CompletionReporter(em, accounts, evaluator(catalog.current(em), now()),
                catalog.current(em), settings.zone()).row(current, accountId, programmeId)
                .orElseThrow(() -> new IllegalArgumentException(username(accountId) + " is not a trainee; the "
                        + "completion report has no row for them in " + programmeId + "."));
        row.oversight().refusal(action).ifPresent(refusal -> {
            throw new IllegalArgumentException(refusal.message());
        });
    }

    private String username(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "account " + accountId : account.getUsername();
    }

}
