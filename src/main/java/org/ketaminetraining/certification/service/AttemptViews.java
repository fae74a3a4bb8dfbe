package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.rules.AssessedItem;
import org.ketaminetraining.certification.rules.AssessmentResult;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptItem;
import org.ketaminetraining.study.DisplayOrder;
import org.ketaminetraining.study.ResponseCodec;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.BankCatalog.RevisionContent;

/**
 * Writes an attempt out as the learner sees it, while taking it ({@link AttemptView}) or after it was graded
 * ({@link AttemptResult}), from the stored rows. Reads only.
 */
final class AttemptViews {

    private final EntityManager em;
    private final BankCatalog catalog;
    private final Evaluations evaluations;

    AttemptViews(EntityManager em, BankCatalog catalog, Evaluations evaluations) {
        this.em = em;
        this.catalog = catalog;
        this.evaluations = evaluations;
    }

    AttemptView view(AssessmentAttempt attempt, Instant now) {
        BankCatalog.Snapshot bank = catalog.current(em);
        List<AttemptView.Item> items = new ArrayList<>();
        List<AttemptItem> attemptItems = Attempts.items(em, attempt);
        Map<Long, RevisionContent> contents = Attempts.contents(em, catalog, attemptItems);
        for (AttemptItem item : attemptItems) {
            RevisionContent revision = contents.get(item.getRevisionId());
            items.add(new AttemptView.Item(item.getPosition(), revision.questionKey(), item.getModuleKey(),
                    bank.moduleTitle(item.getModuleKey()), revision.question(),
                    DisplayOrder.forQuestion(revision.question(), attempt.getToken() + "/" + item.getPosition()),
                    item.getResponse().map(stored -> ResponseCodec.decode(revision.question().type(), stored)),
                    item.isFlagged()));
        }
        return new AttemptView(attempt.getToken(), attempt.getProgrammeKey(),
                programmeTitle(bank, attempt.getProgrammeKey()), attempt.getKind() == AssessmentAttempt.Kind.RENEWAL,
                attempt.getStartedAt(), attempt.deadline(), attempt.isSubmitted(), attempt.timedOut(now), items);
    }

    /** The result of a graded attempt, with what the learner may do next. */
    AttemptResult result(AssessmentAttempt attempt) {
        BankCatalog.Snapshot bank = catalog.current(em);
        List<AssessedItem> assessed = new ArrayList<>();
        List<AttemptResult.ReviewedItem> reviewed = new ArrayList<>();
        List<AttemptItem> attemptItems = Attempts.items(em, attempt);
        Map<Long, RevisionContent> contents = Attempts.contents(em, catalog, attemptItems);
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
                .map(p -> evaluations.evaluator(bank, evaluations.now())
                        .evaluate(p, evaluations.facts(attempt.getAccountId())).standing().decision())
                .orElse(new AttemptDecision(AttemptDecision.Verdict.NO_ATTEMPTS_LEFT, 0, Optional.empty()));
        return new AttemptResult(attempt.getToken(), attempt.getProgrammeKey(),
                programmeTitle(bank, attempt.getProgrammeKey()), attempt.getKind() == AssessmentAttempt.Kind.RENEWAL,
                attempt.getSubmittedAt().orElseThrow(), result.correct(), result.total(), attempt.getPassMark(),
                result.passMarkReached(), result.safetyCriticalMissed().size(), result.passed(), result.byModule(),
                reviewed, code, next);
    }

    static String programmeTitle(BankCatalog.Snapshot bank, String programmeId) {
        return bank.programme(programmeId).map(Programme::title).orElse(programmeId);
    }
}
