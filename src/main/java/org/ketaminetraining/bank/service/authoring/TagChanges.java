package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.bank.authoring.DraftDocument;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.ListColumns;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.StoredQuestion;
import org.ketaminetraining.people.service.AuditTrail;

/**
 * Adding or removing one tag on many questions, inside the caller's transaction. Tags classify a question; they
 * are not clinical content, so the change is published at once without review: one new revision per question it
 * changes (all under one WEB import), each audited and pending export. A question whose draft waits for review is
 * refused (changing the content under a reviewer's eyes would make them approve something they did not read); an
 * open draft being written gets the same change, so that publishing it later does not undo it (without making
 * whoever changed the tag one of the draft's authors: a tag is not what the reviewer vouches for). A question never
 * published only has its draft changed.
 */
@ApplicationScoped
public class TagChanges {

    /** The most questions one change may name (the list pages at most 200 rows). */
    public static final int MAX_QUESTIONS = 1000;

    @Inject
    private BankFolderFiles files;
    @Inject
    private WebPublication bank;
    @Inject
    private AuditTrail audit;

    public BulkTagOutcome change(String actor, List<String> questionKeys, String rawTag, boolean add, Instant now) {
        String tag = rawTag == null ? "" : rawTag.strip();
        if (tag.isEmpty() || tag.length() > DraftBounds.NAME) {
            throw new AuthoringRefusal("Choose a tag to " + (add ? "add." : "remove."));
        }
        if (add && !files.vocabulary().contains(tag)) {
            throw new AuthoringRefusal("There is no tag '" + tag + "' in the bank's tags.yaml; the tags a question "
                    + "may have are listed there.");
        }
        if (questionKeys.size() > MAX_QUESTIONS) {
            throw new AuthoringRefusal("Change the tags of at most " + MAX_QUESTIONS + " questions at a time.");
        }
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        BankImport record = null;
        int revisions = 0;
        for (String key : new TreeSet<>(questionKeys)) {
            Optional<StoredQuestion> found = bank.question(key);
            if (found.isEmpty()) {
                refused.add(key + ": there is no such question");
                continue;
            }
            StoredQuestion question = found.get();
            Optional<QuestionDraft> draft = bank.draftOf(question);
            if (draft.isPresent() && draft.get().getStatus() == DraftStatus.IN_REVIEW) {
                refused.add(key + ": its draft is waiting for review; change the tag after the review");
                continue;
            }
            boolean draftChanged = draft.map(d -> changeDraft(d, question, tag, add, actor, now)).orElse(false);
            Optional<BankModule> current = bank.currentContent(question);
            boolean published = false;
            if (current.isPresent() && current.get().questions().get(0).hasTag(tag) != add) {
                if (record == null) {
                    record = bank.record(actor, "web tag change: " + (add ? "+" : "-") + tag, 0, now);
                }
                Question content = current.get().questions().get(0);
                bank.publish(question, current.get(), withTag(content, tag, add), Optional.empty(), record, now);
                published = true;
                revisions++;
            }
            if (published || draftChanged) {
                changed.add(key);
                audit.record(actor, add ? "question.tag-added" : "question.tag-removed", key, tag
                        + (published ? "; revision " + question.getCurrentRevision() + " published" : "; draft only"));
            } else {
                unchanged.add(key);
            }
        }
        if (record != null) {
            record.recordQuestionCount(revisions);
            record.recordChanges(0, revisions, 0, 0);
        }
        return new BulkTagOutcome(changed, unchanged, refused);
    }

    private static boolean changeDraft(QuestionDraft draft, StoredQuestion question, String tag, boolean add,
            String actor, Instant now) {
        DraftQuestion content = DraftDocument.read(draft.getContent());
        if (content.tags().contains(tag) == add) {
            return false;
        }
        List<String> tags = new ArrayList<>(content.tags());
        if (add) {
            tags.add(tag);
        } else {
            tags.removeIf(tag::equals);
        }
        DraftQuestion retagged = new DraftQuestion(content.id(), content.moduleId(), content.type(),
                content.objectiveId(), tags, content.difficulty(), content.expectedSeconds(), content.stem(),
                content.options(), content.trueFalseAnswer(), content.feedbackTrue(), content.feedbackFalse(),
                content.numericAnswer(), content.tolerance(), content.unit(), content.orderingItems(),
                content.pairs(), content.accepted(), content.explanation(), content.references());
        draft.replaceContent(DraftDocument.write(retagged), actor, now);
        if (question.isNeverPublished()) {
            question.describe(ListColumns.of(retagged));
            question.changedAt(now);
        }
        return true;
    }

    private static Question withTag(Question question, String tag, boolean add) {
        List<String> tags = new ArrayList<>(question.tags());
        if (add) {
            tags.add(tag);
        } else {
            tags.removeIf(tag::equals);
        }
        return new Question(question.id(), question.objectiveId(), tags, question.difficulty(),
                question.expectedSeconds(), question.stem(), question.answer(), question.explanation(),
                question.references());
    }
}
