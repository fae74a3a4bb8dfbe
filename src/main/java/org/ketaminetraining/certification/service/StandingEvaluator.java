package org.ketaminetraining.certification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.AttemptRules;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.KnowledgeCurrency;
import org.ketaminetraining.certification.rules.ModuleCompletion;
import org.ketaminetraining.certification.rules.ProgrammeCompletion;
import org.ketaminetraining.certification.rules.TimedAnswer;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.study.service.BankCatalog.PublishedItem;
import org.ketaminetraining.study.service.BankCatalog.Snapshot;

/**
 * Puts a learner's facts through the certification rules for one programme: no database, so the same code serves
 * the learner's own pages and the completion report.
 *
 * <p>Certification cycles: attempts count toward the current cycle only. A cycle starts with the programme; a
 * certificate that is issued starts the next one (its renewal attempts), and a certificate that expires or is
 * revoked starts a fresh final-assessment cycle from that moment, and so does a manager's reset.
 */
final class StandingEvaluator {

    private final Snapshot bank;
    /** The recall model of each programme (its weights in use), by programme id. */
    private final java.util.function.Function<String, Scheduler> recallModels;
    private final Instant now;
    /** Certificate dates are the organisation's (KT_TIME_ZONE), not the learner's own setting, which they control. */
    private final LocalDate today;
    private final java.time.ZoneId organisationZone;

    /** Day boundaries per learner zone, made once per zone (a boundary is costly to make). */
    private final java.util.function.Function<java.time.ZoneId, DayBoundary> boundaries;

    StandingEvaluator(Snapshot bank, java.util.function.Function<String, Scheduler> recallModels, Instant now,
            java.time.ZoneId organisationZone,
            java.util.function.Function<java.time.ZoneId, DayBoundary> boundaries) {
        this.boundaries = boundaries;
        this.bank = bank;
        this.recallModels = recallModels;
        this.now = now;
        this.today = now.atZone(organisationZone).toLocalDate();
        this.organisationZone = organisationZone;
    }

    /** One learner in one programme, with what the use cases need beyond the page's view. */
    /** The instant the evaluation is for. */
    Instant now() {
        return now;
    }

    /** The organisation's today, the day certificate dates and due dates are decided for. */
    LocalDate today() {
        return today;
    }

    record Evaluation(Programme programme, ProgrammeStanding standing, ProgrammeCompletion completion,
            Map<String, List<String>> publishedByModule, Map<String, PublishedItem> itemsByKey,
            Optional<IssuedCertificate> certificate, Optional<CertificateStatus> certificateStatus,
            KnowledgeCurrency currency, Map<String, Double> recallByKey, Optional<AssessmentAttempt> openAttempt,
            AssessmentBlueprint blueprint, boolean renewal) {
    }

    Evaluation evaluate(Programme programme, LearnerFacts facts) {
        // Study days are the learner's (their zone decides when their day ends); certificate dates are not.
        DayBoundary boundary = boundaries.apply(facts.zone());
        Map<String, List<String>> published = new LinkedHashMap<>();
        Map<String, PublishedItem> byKey = new LinkedHashMap<>();
        programme.requiredModules().forEach(module -> published.put(module, new ArrayList<>()));
        for (PublishedItem item : bank.itemsOf(programme)) {
            published.get(item.moduleKey()).add(item.questionKey());
            byKey.put(item.questionKey(), item);
        }
        Map<String, List<TimedAnswer>> answers = new HashMap<>();
        Map<String, Double> recall = new HashMap<>();
        Map<String, Double> safetyCriticalRecall = new HashMap<>();
        boolean started = false;
        Scheduler recallModel = recallModels.apply(programme.id());
        for (PublishedItem item : byKey.values()) {
            List<TimedAnswer> given = facts.answers().get(item.questionId());
            if (given != null && !given.isEmpty()) {
                answers.put(item.questionKey(), given);
                started = true;
            }
            CardState state = facts.states().get(item.questionId());
            if (state != null && !state.isNew()) {
                double r = Math.max(0, Math.min(1, recallModel.retrievabilityAt(state, now)));
                recall.put(item.questionKey(), r);
                if (item.safetyCritical()) {
                    safetyCriticalRecall.put(item.questionKey(), r);
                }
            }
        }
        ProgrammeCompletion completion = ProgrammeCompletion.evaluate(programme, published, answers, boundary);

        List<AssessmentAttempt> attempts = facts.attempts().stream()
                .filter(a -> a.getProgrammeKey().equals(programme.id())).toList();
        Optional<IssuedCertificate> certificate = facts.certificates().stream()
                .filter(c -> c.getProgrammeKey().equals(programme.id())).reduce((first, second) -> second);
        Optional<CertificateStatus> status = certificate.map(c -> CertificateValidity.statusOn(c.getExpiresOn(),
                today, c.isRevoked()));
        boolean inForce = status.map(CertificateStatus::inForce).orElse(false);
        boolean renewalDue = inForce && !today.isBefore(certificate.get().getExpiresOn()
                .minusDays(programme.renewalWindowDays()));
        // Not final: a manager's reset moves it later (effectively final once set, for the lambda below).
        Instant cycleStartSoFar = certificate.map(c -> inForce ? c.getIssuedAt()
                : c.getRevokedAt().orElse(c.getExpiresOn().atStartOfDay(organisationZone).toInstant()))
                .orElse(Instant.MIN);
        Instant resetAt = facts.resets().get(programme.id());
        Instant cycleStart = resetAt != null && resetAt.isAfter(cycleStartSoFar) ? resetAt : cycleStartSoFar;
        boolean renewal = inForce;
        AssessmentBlueprint blueprint = renewal ? programme.renewalAssessment().orElse(programme.assessment())
                : programme.assessment();
        AssessmentAttempt.Kind kind = renewal ? AssessmentAttempt.Kind.RENEWAL : AssessmentAttempt.Kind.FINAL;
        List<AssessmentAttempt> cycle = attempts.stream()
                .filter(a -> a.getKind() == kind && !a.getStartedAt().isBefore(cycleStart)).toList();
        // Any unsubmitted attempt of the programme is the open one, even of the other kind (a renewal attempt under
        // way when the certificate expired): a learner never has two open attempts.
        Optional<AssessmentAttempt> open = attempts.stream().filter(a -> !a.isSubmitted()).findFirst();
        List<Instant> finished = cycle.stream().filter(AssessmentAttempt::isSubmitted)
                .map(a -> a.getSubmittedAt().orElseThrow()).toList();
        boolean anyPassed = cycle.stream().anyMatch(a -> a.getPassed().orElse(false));
        AttemptDecision decision = inForce && !renewalDue
                ? new AttemptDecision(AttemptDecision.Verdict.ALREADY_PASSED, 0, Optional.empty())
                : AttemptRules.decide(blueprint, finished, anyPassed, now);
        boolean unlocked = renewal ? renewalDue : completion.assessmentUnlocked();
        KnowledgeCurrency currency = KnowledgeCurrency.assess(safetyCriticalRecall,
                programme.refresherRecallThreshold());
        boolean refresherDue = inForce && currency.refresherDue();
        boolean latestFailed = cycle.stream().filter(AssessmentAttempt::isSubmitted).reduce((a, b) -> b)
                .flatMap(AssessmentAttempt::getPassed).map(passed -> !passed).orElse(false);
        // Someone whose certificate expired or was revoked stays "expired" or "revoked" for their managers until they
        // are certified again, whatever their new attempts: that is what a compliance list must show.
        CompletionStatus completionStatus = status.isPresent()
                ? CompletionStatus.of(CompletionStatus.Facts.holder(status.get(), refresherDue))
                : CompletionStatus.of(CompletionStatus.Facts.uncertified(started, unlocked, latestFailed));

        List<ProgrammeStanding.ModuleStanding> modules = completion.modules().stream()
                .map(m -> moduleStanding(m)).toList();
        Optional<ProgrammeStanding.AttemptSummary> latest = attempts.stream().reduce((a, b) -> b)
                .map(StandingEvaluator::summary);
        Optional<CertificateSummary> summary = certificate.map(c -> summary(c, status.get(), refresherDue,
                renewalDue));
        ProgrammeStanding standing = new ProgrammeStanding(programme.id(), programme.title(), modules,
                programme.minimumSpacingDays(), unlocked, decision, open.map(AssessmentAttempt::getToken),
                open.map(a -> a.timedOut(now)).orElse(false), latest,
                summary, renewalDue, completionStatus, Optional.of(blueprint));
        return new Evaluation(programme, standing, completion, published, byKey, certificate, status, currency,
                recall, open, blueprint, renewal);
    }

    private ProgrammeStanding.ModuleStanding moduleStanding(ModuleCompletion module) {
        return new ProgrammeStanding.ModuleStanding(module.moduleId(), bank.moduleTitle(module.moduleId()),
                module.learnedItems(), module.totalItems());
    }

    static ProgrammeStanding.AttemptSummary summary(AssessmentAttempt attempt) {
        return new ProgrammeStanding.AttemptSummary(attempt.getToken(),
                attempt.getKind() == AssessmentAttempt.Kind.RENEWAL, attempt.getStartedAt(),
                attempt.getSubmittedAt(), attempt.getCorrectCount(), attempt.getItemCount(), attempt.getPassed());
    }

    static CertificateSummary summary(IssuedCertificate certificate, CertificateStatus status, boolean refresherDue,
            boolean renewalOpen) {
        return new CertificateSummary(displayCode(certificate.getCode()), certificate.getProgrammeKey(),
                certificate.getProgrammeTitle(), certificate.getIssuedOn(), certificate.getExpiresOn(),
                CertificateDates.validThrough(certificate.getExpiresOn()), status, refresherDue && status.inForce(),
                renewalOpen && status.inForce(), certificate.getRevocationReason());
    }

    static String displayCode(String canonical) {
        return VerificationCode.parse(canonical).map(VerificationCode::toString).orElse(canonical);
    }
}
