package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.FieldProblem;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The authoring use cases, one transaction each: every method first checks that the caller is an educator or an
 * administrator (as stored now), then hands the work to the class that has the reason to change for it: drafts
 * ({@link DraftWorkflow}), review and publication ({@link ReviewWorkflow}), reading ({@link QuestionReader}), bulk
 * tags ({@link TagChanges}) and the export ({@link ModuleFileExport}). Reads never write: a draft is stored at its
 * first save. A refusal is an {@link AuthoringRefusal} and rolls everything back.
 */
@ApplicationScoped
public class JpaAuthoringService implements AuthoringService {

    @Inject
    private AccessControl access;
    @Inject
    private Clock clock;
    @Inject
    private DraftWorkflow drafts;
    @Inject
    private ReviewWorkflow review;
    @Inject
    private QuestionReader reader;
    @Inject
    private TagChanges tags;
    @Inject
    private ModuleFileExport export;
    @Inject
    private DraftContext context;

    private String educator(SignedInUser caller) {
        return access.require(caller, Role.EDUCATOR, Role.ADMIN).username();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthorModule> modules(SignedInUser caller) {
        educator(caller);
        return reader.modules();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionPage questions(SignedInUser caller, QuestionQuery query) {
        educator(caller);
        return reader.page(query);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionDetail question(SignedInUser caller, String questionKey) {
        educator(caller);
        return reader.detail(questionKey);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DraftQuestion revisionContent(SignedInUser caller, String questionKey, int revision) {
        educator(caller);
        return reader.revisionContent(questionKey, revision);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Choice> tagVocabulary(SignedInUser caller) {
        educator(caller);
        return context.vocabulary();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Choice> objectives(SignedInUser caller, String moduleKey) {
        educator(caller);
        return context.objectives(moduleKey);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DraftView openDraft(SignedInUser caller, String questionKey) {
        educator(caller);
        return drafts.open(questionKey);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DraftView newQuestion(SignedInUser caller, String moduleKey, QuestionType type) {
        educator(caller);
        return drafts.newQuestion(moduleKey, type);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DraftView copyAsNew(SignedInUser caller, String questionKey) {
        educator(caller);
        return drafts.copyAsNew(questionKey);
    }

    @Override
    @Transactional
    public DraftView save(SignedInUser caller, String questionKey, DraftQuestion content, long expectedVersion) {
        return drafts.save(educator(caller), questionKey, content, expectedVersion, clock.instant());
    }

    /** Bounds first: an oversized draft gets its size problems and is not parsed. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldProblem> check(SignedInUser caller, DraftQuestion content) {
        educator(caller);
        List<FieldProblem> bounds = DraftBounds.check(content);
        if (!bounds.isEmpty()) {
            return bounds;
        }
        if (context.module(content.moduleId()).isEmpty()) {
            return List.of(new FieldProblem("moduleId", "Choose one of the bank's modules."));
        }
        return context.check(content, content.id()).problems();
    }

    @Override
    @Transactional
    public DraftView submitForReview(SignedInUser caller, String questionKey, long expectedVersion) {
        return drafts.submit(educator(caller), questionKey, expectedVersion, clock.instant());
    }

    @Override
    @Transactional
    public QuestionDetail approve(SignedInUser caller, String questionKey, String comment, long expectedVersion) {
        review.approve(educator(caller), questionKey, comment, expectedVersion, clock.instant());
        return reader.detail(questionKey);
    }

    @Override
    @Transactional
    public DraftView returnToAuthor(SignedInUser caller, String questionKey, String comment, long expectedVersion) {
        return review.returnToAuthors(educator(caller), questionKey, comment, expectedVersion, clock.instant());
    }

    @Override
    @Transactional
    public void discardDraft(SignedInUser caller, String questionKey) {
        drafts.discard(educator(caller), questionKey);
    }

    @Override
    @Transactional
    public QuestionDetail retire(SignedInUser caller, String questionKey) {
        review.retire(educator(caller), questionKey, clock.instant());
        return reader.detail(questionKey);
    }

    @Override
    @Transactional
    public QuestionDetail reinstate(SignedInUser caller, String questionKey) {
        review.reinstate(educator(caller), questionKey, clock.instant());
        return reader.detail(questionKey);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionComparison compare(SignedInUser caller, String questionKey, int leftRevision,
            int rightRevision) {
        educator(caller);
        return reader.compare(questionKey, leftRevision, rightRevision);
    }

    @Override
    @Transactional
    public BulkTagOutcome changeTag(SignedInUser caller, List<String> questionKeys, String tag, boolean add) {
        return tags.change(educator(caller), questionKeys, tag, add, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExportPlan pendingExport(SignedInUser caller) {
        educator(caller);
        return export.plan();
    }

    @Override
    @Transactional
    public ExportOutcome exportChanges(SignedInUser caller) {
        return export.export(educator(caller));
    }
}
