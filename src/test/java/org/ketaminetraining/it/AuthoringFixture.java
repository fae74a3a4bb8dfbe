package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.bank.service.ImportSummary;
import org.ketaminetraining.bank.service.authoring.AuthoringRefusal;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.DraftView;
import org.ketaminetraining.bank.service.authoring.QuestionDetail;
import org.ketaminetraining.bank.service.authoring.QuestionQuery;
import org.ketaminetraining.bank.service.authoring.QuestionRow;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * What the authoring integration tests share: a copy of the shipped bank imported before each test (so that exports
 * write into the copy, never into the repository's questions/), two educators, the whole four-eyes path in one call,
 * and the clean-up that leaves the server serving the shipped files with no draft and nothing pending export. A CDI
 * bean in the test deployment, for the persistence context the last-resort clean-up needs.
 */
@ApplicationScoped
public class AuthoringFixture {

    @Inject
    private AuthoringService authoring;
    @Inject
    private BankImportService banks;
    @Inject
    private Callers callers;
    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    /** A copy of the shipped bank, imported: the folder an export now writes into. */
    public Path importCopyOfShippedBank() throws IOException {
        Path copy = BankFiles.copyOf(banks.questionsDirectory(callers.admin()));
        ImportSummary imported = banks.importFrom(callers.admin(), copy);
        assertTrue(imported.applied(), "the copy should import: " + imported.problems());
        return copy;
    }

    public SignedInUser newEducator() {
        return callers.newAccount(Set.of(Role.EDUCATOR), Set.of(), Set.of());
    }

    /** The draft with another stem, everything else as it was. */
    public static DraftQuestion withStem(DraftQuestion draft, String stem) {
        return new DraftQuestion(draft.id(), draft.moduleId(), draft.type(), draft.objectiveId(), draft.tags(),
                draft.difficulty(), draft.expectedSeconds(), stem, draft.options(), draft.trueFalseAnswer(),
                draft.feedbackTrue(), draft.feedbackFalse(), draft.numericAnswer(), draft.tolerance(), draft.unit(),
                draft.orderingItems(), draft.pairs(), draft.accepted(), draft.explanation(), draft.references());
    }

    /** The author edits the stem, saves and submits; the reviewer approves: the next revision is published. */
    public QuestionDetail publishStemEdit(SignedInUser author, SignedInUser reviewer, String questionKey,
            String suffix) {
        DraftView opened = authoring.openDraft(author, questionKey);
        DraftView saved = authoring.save(author, questionKey, withStem(opened.content(), opened.content().stem()
                .strip() + suffix), opened.version());
        DraftView submitted = authoring.submitForReview(author, questionKey, saved.version());
        return authoring.approve(reviewer, questionKey, "", submitted.version());
    }

    /**
     * Discards every open draft (returning those in review first), exports what is pending into the imported copy,
     * deletes the copy and imports the shipped files again. If the export is refused (a test left the copy's files
     * disagreeing), the pending flags are cleared by hand so that the shipped files can be imported.
     */
    public void restoreShippedBank(Path copy) {
        SignedInUser admin = callers.admin();
        for (DraftStatus status : DraftStatus.values()) {
            QuestionQuery open = new QuestionQuery(null, "", null, "",
                    status == DraftStatus.DRAFT ? org.ketaminetraining.bank.service.authoring.QuestionStatus.DRAFT
                            : org.ketaminetraining.bank.service.authoring.QuestionStatus.IN_REVIEW,
                    null, QuestionQuery.Sort.ID, false, 0, QuestionQuery.MAX_LIMIT);
            for (QuestionRow row : authoring.questions(admin, open).rows()) {
                DraftView draft = authoring.openDraft(admin, row.questionKey());
                if (draft.status() == DraftStatus.IN_REVIEW) {
                    authoring.returnToAuthor(admin, row.questionKey(), "test clean-up", draft.version());
                }
                authoring.discardDraft(admin, row.questionKey());
            }
        }
        try {
            authoring.exportChanges(admin);
        } catch (AuthoringRefusal e) {
            clearPendingExport();
        }
        BankFiles.delete(copy);
        ImportSummary shipped = banks.importNow(admin);
        assertTrue(shipped.applied(), "the shipped files should import again: " + shipped.problems());
    }

    /**
     * Records an applied import as another server of a cluster (or a second deployment) would: its id from a block
     * far above this deployment's, started a minute ago, with the curriculum in use. Ids are then no longer in the
     * order imports were applied.
     */
    @Transactional
    public void recordAnImportFromAnotherIdBlock() {
        Object[] newest = em.createQuery("select i.id, i.curriculum from BankImport i where i.outcome = :applied "
                + "order by i.startedAt desc, i.id desc", Object[].class)
                .setParameter("applied", BankImport.Outcome.APPLIED).setMaxResults(1).getSingleResult();
        long highest = em.createQuery("select max(i.id) from BankImport i", Long.class).getSingleResult();
        em.createNativeQuery("INSERT INTO bank_import (id, started_at, actor, source, outcome, files, questions, "
                + "added, revised, retired, unchanged, problem_count, curriculum) VALUES (?, ?, 'another-server', "
                + "'an import on another server', 'APPLIED', 0, 0, 0, 0, 0, 0, 0, ?)")
                .setParameter(1, highest + 1_000_000)
                .setParameter(2, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
                .setParameter(3, newest[1]).executeUpdate();
    }

    @Transactional
    public void clearPendingExport() {
        em.createQuery("update StoredQuestion q set q.pendingExport = false").executeUpdate();
    }

    /** The questions of a module as the list shows them, in id order. */
    public List<QuestionRow> module(SignedInUser caller, String moduleKey) {
        return authoring.questions(caller, QuestionQuery.module(moduleKey, QuestionQuery.MAX_LIMIT)).rows();
    }
}
