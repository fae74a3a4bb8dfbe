package org.ketaminetraining.bank.service.authoring;

import java.util.List;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.FieldProblem;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * What educators do with questions in the browser. Every method requires the EDUCATOR or ADMIN role (drafts are
 * never shown to anyone else); trainees only ever see published revisions, through the study and assessment
 * services. Saving a draft never creates a revision: only {@link #approve} publishes one, and never for a draft the
 * approver wrote or edited.
 *
 * <p>A refusal that the caller can act on (an invalid draft submitted, an approval by an author, a missing return
 * comment, a draft changed by someone else since it was read) is an {@link AuthoringRefusal}; a caller without the
 * role gets a {@link SecurityException}.
 */
public interface AuthoringService {

    /** The modules with their question counts by status. */
    List<AuthorModule> modules(SignedInUser caller);

    /** One page of a module's (or every module's, when the query names none) questions, filtered and sorted. */
    QuestionPage questions(SignedInUser caller, QuestionQuery query);

    /**
     * A question's standing: published revision, open draft, revisions, where it is used, reviews and attempts.
     *
     * @throws AuthoringRefusal if no question or draft has that id
     */
    QuestionDetail question(SignedInUser caller, String questionKey);

    /**
     * A published revision's content as the editor's working copy (as {@code DraftConversion.fromQuestion} gives
     * it), so that the question page can show it as trainees see it.
     *
     * @throws AuthoringRefusal if the question has no revision with that number
     */
    DraftQuestion revisionContent(SignedInUser caller, String questionKey, int revision);

    /** The tag vocabulary of the bank in use: the only tags a question may carry, in the order of tags.yaml. */
    List<Choice> tagVocabulary(SignedInUser caller);

    /**
     * A module's learning objectives, in the order of its file (a question serves one of its own module's).
     *
     * @throws AuthoringRefusal if no module has that key
     */
    List<Choice> objectives(SignedInUser caller, String moduleKey);

    /** The open draft of a question; if there is none, a new draft copied from its current revision. */
    DraftView openDraft(SignedInUser caller, String questionKey);

    /** A new question's draft in a module, with the next free id the module's pattern suggests (dose-025). */
    DraftView newQuestion(SignedInUser caller, String moduleKey, QuestionType type);

    /** A new question's draft with the content of an existing one and a new id. */
    DraftView copyAsNew(SignedInUser caller, String questionKey);

    /**
     * Stores the draft's content as it is, complete or not, and returns the problems it still has. Refused when the
     * draft is in review, or when {@code expectedVersion} is not the stored version (someone saved in between).
     */
    DraftView save(SignedInUser caller, String questionKey, DraftQuestion content, long expectedVersion);

    /** The problems the content has, as saving or submitting would report them, without storing anything. */
    List<FieldProblem> check(SignedInUser caller, DraftQuestion content);

    /** Moves a complete draft to review; refused with its problems when it is not complete. */
    DraftView submitForReview(SignedInUser caller, String questionKey, long expectedVersion);

    /**
     * Publishes the draft in review as the question's next revision, by an educator who did not write or edit it.
     *
     * @param comment optional (may be empty)
     */
    QuestionDetail approve(SignedInUser caller, String questionKey, String comment, long expectedVersion);

    /** Sends the draft in review back to draft, with a comment the authors see (required). */
    DraftView returnToAuthor(SignedInUser caller, String questionKey, String comment, long expectedVersion);

    /** Throws the open draft away; the published revision, if any, stays as it is. */
    void discardDraft(SignedInUser caller, String questionKey);

    /** Takes a published question out of study and assessments (its history stays). */
    QuestionDetail retire(SignedInUser caller, String questionKey);

    /** Brings a retired question back with its current revision. */
    QuestionDetail reinstate(SignedInUser caller, String questionKey);

    /** The differences between two published revisions of a question (or between one and the open draft: 0). */
    RevisionComparison compare(SignedInUser caller, String questionKey, int leftRevision, int rightRevision);

    /** Adds or removes one tag on several questions; see the implementation for how it is published. */
    BulkTagOutcome changeTag(SignedInUser caller, List<String> questionKeys, String tag, boolean add);

    /** The modules whose files differ from what the web published, and the questions concerned. */
    ExportPlan pendingExport(SignedInUser caller);

    /** Writes the pending modules' files with the app's own writer, then re-imports them (which changes nothing). */
    ExportOutcome exportChanges(SignedInUser caller);
}
