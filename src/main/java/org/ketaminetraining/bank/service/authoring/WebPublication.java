package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.fingerprint.ContentFingerprint;
import org.ketaminetraining.bank.fingerprint.MetadataFingerprint;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.service.QuestionDocument;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.ListColumns;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.QuestionRevision;
import org.ketaminetraining.bank.store.StoredQuestion;

/**
 * How a change made in the browser reaches the published bank, inside the caller's transaction. Each use case
 * (an approval, a retirement, a reinstatement, a bulk tag change) is recorded as an applied import of kind WEB:
 * every revision must name the import that brought it, and the study catalog reloads when the newest applied import
 * changes, so trainees' next question already shows the change. A new revision is written exactly as a file
 * import writes one (the same one-question document and fingerprints), and the question is marked pending export.
 */
@ApplicationScoped
public class WebPublication {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    /** The current question rows and drafts, by id. */
    public Optional<StoredQuestion> question(String questionKey) {
        return em.createQuery("select q from StoredQuestion q where q.questionKey = :key", StoredQuestion.class)
                .setParameter("key", questionKey).getResultStream().findFirst();
    }

    public Optional<QuestionDraft> draftOf(StoredQuestion question) {
        return em.createQuery("select d from QuestionDraft d where d.question = :q", QuestionDraft.class)
                .setParameter("q", question).getResultStream().findFirst();
    }

    /** A revision of a question, by number. */
    public Optional<QuestionRevision> revision(StoredQuestion question, int number) {
        return em.createQuery("select r from QuestionRevision r where r.question = :q and r.revisionNumber = :n",
                QuestionRevision.class).setParameter("q", question).setParameter("n", number).getResultStream()
                .findFirst();
    }

    /** A revision's content as its one-question module (header, the objective it serves, the question). */
    public BankModule contentOf(QuestionRevision revision) {
        return QuestionDocument.read(revision.getContent(), revision.getModuleKey(),
                "revision " + revision.getRevisionNumber() + " of " + revision.getQuestion().getQuestionKey());
    }

    /** The current revision's content; empty for a question never published. */
    public Optional<BankModule> currentContent(StoredQuestion question) {
        return question.isNeverPublished() ? Optional.empty()
                : revision(question, question.getCurrentRevision()).map(this::contentOf);
    }

    /**
     * Starts the WEB import a change is recorded under; the caller records its counts. The curriculum is the one in
     * use, copied from the newest applied import, since the catalog reads the curriculum from that.
     */
    public BankImport record(String actor, String source, int questions, Instant now) {
        String curriculum = em.createQuery("select i.curriculum from BankImport i where i.outcome = :applied "
                + "order by i.startedAt desc, i.id desc", String.class)
                .setParameter("applied", BankImport.Outcome.APPLIED)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        BankImport record = BankImport.web(now, actor, source, questions, curriculum);
        em.persist(record);
        return record;
    }

    /**
     * Writes {@code content} as the question's next revision (1 for a question never published) and makes it
     * current, brings it back if it was retired, copies its list columns, and marks it pending export.
     *
     * @param module the module's header, with at least the objective the question serves
     * @param review who wrote and approved it; empty for a change that is no review (a bulk tag change)
     */
    public QuestionRevision publish(StoredQuestion question, BankModule module, Question content,
            Optional<Review> review, BankImport record, Instant now) {
        int number = question.getCurrentRevision() + 1;
        ListColumns columns = ListColumns.of(content);
        QuestionRevision revision = new QuestionRevision(question, number, ContentFingerprint.of(content),
                columns.questionType(), columns.safetyCritical(), module.id(), QuestionDocument.write(module, content),
                record, now);
        revision.recordMetadataFingerprint(MetadataFingerprint.of(content));
        review.ifPresent(r -> revision.recordReview(r.authors(), r.comment(), r.approvedBy()));
        em.persist(revision);
        boolean wasRetired = question.isRetired();
        question.publish(number, module.id());
        if (wasRetired) {
            question.retire(question.getRetiredAt());
        }
        question.describe(columns);
        changed(question, now);
        return revision;
    }

    /** Who wrote a web revision and who approved it, with the approver's comment (may be empty). */
    public record Review(List<String> authors, String comment, String approvedBy) {
    }

    /** Marks a question changed in the browser now: the list's "last changed", and pending export. */
    public void changed(StoredQuestion question, Instant now) {
        question.changedAt(now);
        question.markPendingExport();
    }
}
