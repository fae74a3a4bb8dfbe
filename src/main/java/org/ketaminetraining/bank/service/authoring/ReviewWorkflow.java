package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.ketaminetraining.bank.authoring.DraftCheckResult;
import org.ketaminetraining.bank.authoring.DraftDocument;
import org.ketaminetraining.bank.authoring.ReviewRules;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.StoredQuestion;
import org.ketaminetraining.people.service.AuditTrail;

/**
 * The second pair of eyes, and what changes the published bank without a draft, inside the caller's transaction:
 * approving a draft in review (which publishes it as the next revision and deletes the draft), returning it with a
 * comment, retiring and reinstating. Each publication is a WEB import ({@link WebPublication}).
 *
 * <p>An approval publishes what the reviewer read, even if the files brought a newer revision since the draft
 * started: the question page compares the draft with the current revision, so the reviewer sees exactly what
 * approving changes.
 */
@ApplicationScoped
public class ReviewWorkflow {

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

    public void approve(String actor, String questionKey, String comment, long expectedVersion, Instant now) {
        StoredQuestion question = refusals.question(questionKey);
        Optional<QuestionDraft> open = bank.draftOf(question);
        open.ifPresent(draft -> refusals.requireVersion(draft, expectedVersion));
        refusals.unless(ReviewRules.mayApprove(open.map(QuestionDraft::getStatus), actor,
                open.map(QuestionDraft::getAuthors).orElse(java.util.List.of()), comment));
        QuestionDraft draft = open.orElseThrow();
        // Checked again: the module's objectives or the tags may have changed in the files since it was submitted.
        DraftCheckResult checked = context.check(DraftDocument.read(draft.getContent()), questionKey);
        if (!checked.isComplete()) {
            throw new AuthoringRefusal("This draft no longer passes the bank's checks (the module's objectives or "
                    + "the tags changed since it was submitted); return it so that an author can fix it.",
                    checked.problems());
        }
        boolean first = question.isNeverPublished();
        BankImport record = bank.record(actor, "web review of " + questionKey, 1, now);
        record.recordChanges(first ? 1 : 0, first ? 0 : 1, 0, 0);
        String note = comment == null ? "" : comment.strip();
        bank.publish(question, context.header(question.getModuleKey()), checked.question().orElseThrow(),
                Optional.of(new WebPublication.Review(draft.getAuthors(), note, actor)), record, now);
        em.remove(draft);
        flush(questionKey);
        audit.record(actor, "question.approved", questionKey, "revision " + question.getCurrentRevision()
                + " published; written by " + String.join(", ", draft.getAuthors())
                + (note.isEmpty() ? "" : "; comment: " + note));
    }

    public DraftView returnToAuthors(String actor, String questionKey, String comment, long expectedVersion,
            Instant now) {
        StoredQuestion question = refusals.question(questionKey);
        Optional<QuestionDraft> open = bank.draftOf(question);
        open.ifPresent(draft -> refusals.requireVersion(draft, expectedVersion));
        refusals.unless(ReviewRules.mayReturn(open.map(QuestionDraft::getStatus), actor,
                open.map(QuestionDraft::getAuthors).orElse(java.util.List.of()), comment));
        QuestionDraft draft = open.orElseThrow();
        draft.returnToAuthors(comment.strip(), actor, now);
        flush(questionKey);
        audit.record(actor, "question.returned", questionKey, comment.strip());
        return context.view(draft);
    }

    public void retire(String actor, String questionKey, Instant now) {
        StoredQuestion question = refusals.question(questionKey);
        refusals.unless(ReviewRules.mayRetire(!question.isNeverPublished(), question.isRetired()));
        bank.record(actor, "web retirement of " + questionKey, 1, now).recordChanges(0, 0, 1, 0);
        question.retire(now);
        bank.changed(question, now);
        flush(questionKey);
        audit.record(actor, "question.retired", questionKey, "revision " + question.getCurrentRevision());
    }

    /** Brings a retired question back with its current revision (counted as revised, as a file import does). */
    public void reinstate(String actor, String questionKey, Instant now) {
        StoredQuestion question = refusals.question(questionKey);
        refusals.unless(ReviewRules.mayReinstate(question.isRetired()));
        bank.record(actor, "web reinstatement of " + questionKey, 1, now).recordChanges(0, 1, 0, 0);
        question.publish(question.getCurrentRevision(), question.getModuleKey());
        bank.changed(question, now);
        flush(questionKey);
        audit.record(actor, "question.reinstated", questionKey, "revision " + question.getCurrentRevision());
    }

    private void flush(String questionKey) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new AuthoringRefusal("Someone else changed question " + questionKey + " at the same moment; "
                    + "nothing was changed. Open it again and repeat your step.");
        }
    }
}
