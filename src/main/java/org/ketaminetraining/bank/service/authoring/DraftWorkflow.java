package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.bank.authoring.DraftCheckResult;
import org.ketaminetraining.bank.authoring.DraftConversion;
import org.ketaminetraining.bank.authoring.DraftDocument;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.FieldProblem;
import org.ketaminetraining.bank.authoring.QuestionIdSuggestion;
import org.ketaminetraining.bank.authoring.ReviewRules;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.store.ListColumns;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.StoredQuestion;
import org.ketaminetraining.people.service.AuditTrail;

/**
 * Writing drafts, inside the caller's transaction: opening one (which stores nothing), saving, submitting for
 * review, discarding. A draft is stored at its first save, never when a form opens, so that reading never writes
 * and an abandoned form leaves nothing behind; a new question's id is reserved by that first save too (its
 * {@code bank_question} row at revision 0), not by {@link #newQuestion}, which only suggests it.
 */
@ApplicationScoped
public class DraftWorkflow {

    /** bank_question.question_key's size. */
    private static final int MAX_ID = 100;

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private DraftContext context;
    @Inject
    private WebPublication bank;
    @Inject
    private Refusals refusals;
    @Inject
    private AuditTrail audit;

    /** The open draft, or a new one copied from the current revision, stored at its first save (version 0). */
    public DraftView open(String questionKey) {
        StoredQuestion question = refusals.question(questionKey);
        Optional<QuestionDraft> draft = bank.draftOf(question);
        if (draft.isPresent()) {
            return context.view(draft.get());
        }
        BankModule current = bank.currentContent(question).orElseThrow(
                () -> new IllegalStateException(questionKey + " has neither a revision nor a draft"));
        return context.unsaved(questionKey, DraftConversion.fromQuestion(question.getModuleKey(),
                current.questions().get(0)), question.getCurrentRevision(), DraftContext.UNSAVED_DRAFT);
    }

    public DraftView newQuestion(String moduleKey, QuestionType type) {
        if (context.module(moduleKey).isEmpty()) {
            throw new AuthoringRefusal("There is no module '" + moduleKey + "' to add a question to.");
        }
        String id = QuestionIdSuggestion.next(moduleKey, context.moduleIds(moduleKey), context.takenIds());
        return context.unsaved(id, DraftQuestion.blank(id, moduleKey, type), 0, DraftContext.UNSAVED_NEW_QUESTION);
    }

    /** The content of the question (its open draft if it was never published) under the module's next id. */
    public DraftView copyAsNew(String questionKey) {
        DraftQuestion source = open(questionKey).content();
        String module = source.moduleId();
        String id = QuestionIdSuggestion.next(module, context.moduleIds(module), context.takenIds());
        DraftQuestion copy = new DraftQuestion(id, module, source.type(), source.objectiveId(), source.tags(),
                source.difficulty(), source.expectedSeconds(), source.stem(), source.options(),
                source.trueFalseAnswer(), source.feedbackTrue(), source.feedbackFalse(), source.numericAnswer(),
                source.tolerance(), source.unit(), source.orderingItems(), source.pairs(), source.accepted(),
                source.explanation(), source.references());
        return context.unsaved(id, copy, 0, DraftContext.UNSAVED_NEW_QUESTION);
    }

    public DraftView save(String actor, String questionKey, DraftQuestion content, long expectedVersion,
            Instant now) {
        List<FieldProblem> bounds = DraftBounds.check(content);
        if (!bounds.isEmpty()) {
            throw new AuthoringRefusal("This draft is too large to store; shorten the fields marked.", bounds);
        }
        if (!content.id().equals(questionKey)) {
            throw new AuthoringRefusal("A question keeps its id.", List.of(new FieldProblem("id", "The id of this "
                    + "question is " + questionKey + " and cannot change; to use another id, start a new question.")));
        }
        String document = DraftDocument.write(content);
        Optional<StoredQuestion> existing = bank.question(questionKey);
        QuestionDraft draft = existing.isPresent() ? saveExisting(actor, existing.get(), content, document,
                expectedVersion, now) : saveNew(actor, questionKey, content, document, expectedVersion, now);
        flush(questionKey);
        audit.record(actor, "question.draft-saved", questionKey, "draft version " + draft.getVersion());
        return context.view(draft);
    }

    private QuestionDraft saveNew(String actor, String questionKey, DraftQuestion content, String document,
            long expectedVersion, Instant now) {
        if (expectedVersion > DraftContext.UNSAVED_DRAFT) {
            throw new AuthoringRefusal("This new question's draft was discarded since you opened it, and its id "
                    + questionKey + " is free again. Start a new question to write it again.");
        }
        if (questionKey.isBlank() || questionKey.length() > MAX_ID) {
            throw new AuthoringRefusal("A new question needs an id of 1 to " + MAX_ID + " characters.",
                    List.of(new FieldProblem("id", "Give the question an id of at most " + MAX_ID + " characters.")));
        }
        if (context.module(content.moduleId()).isEmpty()) {
            throw new AuthoringRefusal("There is no module '" + content.moduleId() + "' to add a question to.",
                    List.of(new FieldProblem("moduleId", "Choose one of the bank's modules.")));
        }
        StoredQuestion question = new StoredQuestion(questionKey, content.moduleId(), now);
        question.describe(ListColumns.of(content));
        question.changedAt(now);
        em.persist(question);
        QuestionDraft draft = new QuestionDraft(question, 0, document, actor, now);
        em.persist(draft);
        return draft;
    }

    private QuestionDraft saveExisting(String actor, StoredQuestion question, DraftQuestion content, String document,
            long expectedVersion, Instant now) {
        if (expectedVersion == DraftContext.UNSAVED_NEW_QUESTION) {
            Optional<QuestionDraft> theirs = bank.draftOf(question);
            throw new AuthoringRefusal("The id " + question.getQuestionKey() + " was taken "
                    + theirs.map(d -> "by " + d.getCreatedBy() + " at " + refusals.when(d.getCreatedAt()) + " ")
                            .orElse("")
                    + "since you started this question; nothing was saved. Start a new question to get a free id.");
        }
        if (!content.moduleId().equals(question.getModuleKey())) {
            throw new AuthoringRefusal("A question stays in its module.", List.of(new FieldProblem("moduleId",
                    "This question belongs to module " + question.getModuleKey() + ".")));
        }
        Optional<QuestionDraft> open = bank.draftOf(question);
        refusals.unless(ReviewRules.maySave(open.map(QuestionDraft::getStatus)));
        QuestionDraft draft;
        if (open.isEmpty()) {
            if (expectedVersion != DraftContext.UNSAVED_DRAFT) {
                throw new AuthoringRefusal("The draft you opened is no longer open: it was published or discarded "
                        + "since. Open the question again to see its current revision.");
            }
            draft = new QuestionDraft(question, question.getCurrentRevision(), document, actor, now);
            em.persist(draft);
        } else {
            draft = open.get();
            refusals.requireVersion(draft, expectedVersion);
            if (draft.wouldOverflowAuthors(actor)) {
                throw new AuthoringRefusal("This draft has had too many authors to record one more; ask one of "
                        + "them to finish it.");
            }
            draft.save(document, actor, now);
        }
        if (question.isNeverPublished()) {
            question.describe(ListColumns.of(content));
        }
        question.changedAt(now);
        return draft;
    }

    public DraftView submit(String actor, String questionKey, long expectedVersion, Instant now) {
        StoredQuestion question = refusals.question(questionKey);
        Optional<QuestionDraft> open = bank.draftOf(question);
        open.ifPresent(draft -> refusals.requireVersion(draft, expectedVersion));
        DraftCheckResult checked = open.map(draft -> context.check(DraftDocument.read(draft.getContent()),
                questionKey)).orElse(null);
        refusals.unless(ReviewRules.maySubmit(open.map(QuestionDraft::getStatus),
                checked == null ? List.of() : checked.problems()), checked == null ? List.of() : checked.problems());
        QuestionDraft draft = open.orElseThrow();
        draft.submit(actor, now);
        flush(questionKey);
        audit.record(actor, "question.submitted", questionKey, "draft version " + draft.getVersion());
        return context.view(draft);
    }

    /** Deletes the open draft, and the question's row too if it was never published (it has no history). */
    public void discard(String actor, String questionKey) {
        StoredQuestion question = refusals.question(questionKey);
        Optional<QuestionDraft> open = bank.draftOf(question);
        refusals.unless(ReviewRules.mayDiscard(open.map(QuestionDraft::getStatus)));
        em.remove(open.orElseThrow());
        boolean neverPublished = question.isNeverPublished();
        if (neverPublished) {
            em.remove(question);
        }
        flush(questionKey);
        audit.record(actor, "question.discarded", questionKey,
                neverPublished ? "new question never published: its id is free again" : "published revision kept");
    }

    /**
     * Sends the changes to the database now, so that a conflict (someone saved the same draft, or took the same new
     * id, in the same moment) is refused with a message rather than failing at commit.
     */
    private void flush(String questionKey) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new AuthoringRefusal("Someone else changed question " + questionKey + " (or took its id) at the "
                    + "same moment; nothing of yours was stored. Open it again and repeat your change.");
        }
    }
}
