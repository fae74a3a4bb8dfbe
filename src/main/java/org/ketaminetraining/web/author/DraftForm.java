package org.ketaminetraining.web.author;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.model.QuestionType;

/**
 * The editor's form state: a draft as the author is changing it, in fields and rows Wicket's inputs can write to.
 * It is the page's own state (the author's typing, kept between requests and across a failed save), never a service
 * result; {@link #toDraft()} hands it to the service as the contract's {@link DraftQuestion}, and {@link #of}
 * starts it from one. Rows are objects of their own so that moving or removing one moves what was typed with it.
 */
final class DraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    String id;
    String moduleId;
    QuestionType type;
    String objectiveId;
    final List<String> tags = new ArrayList<>();
    String difficulty;
    String expectedSeconds;
    String stem;
    final List<OptionRow> options = new ArrayList<>();
    String trueFalseAnswer;
    String feedbackTrue;
    String feedbackFalse;
    String numericAnswer;
    String tolerance;
    String unit;
    final List<TextRow> orderingItems = new ArrayList<>();
    final List<PairRow> pairs = new ArrayList<>();
    final List<TextRow> accepted = new ArrayList<>();
    String explanation;
    final List<ReferenceRow> references = new ArrayList<>();

    /** One option of a choice question. */
    static final class OptionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String text;
        boolean correct;
        String feedback;
    }

    /** One line of a list of texts: an ordering item or an accepted answer. */
    static final class TextRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String text;
    }

    /** One pair of a matching question. */
    static final class PairRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String left;
        String right;
    }

    /** One reference. */
    static final class ReferenceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String title;
        String url;
        String citation;
    }

    static DraftForm of(DraftQuestion draft) {
        DraftForm form = new DraftForm();
        form.id = draft.id();
        form.moduleId = draft.moduleId();
        form.type = draft.type();
        form.objectiveId = emptyToNull(draft.objectiveId());
        form.tags.addAll(draft.tags());
        form.difficulty = emptyToNull(draft.difficulty());
        form.expectedSeconds = draft.expectedSeconds();
        form.stem = draft.stem();
        for (DraftQuestion.Option o : draft.options()) {
            OptionRow row = new OptionRow();
            row.text = o.text();
            row.correct = o.correct();
            row.feedback = o.feedback();
            form.options.add(row);
        }
        form.trueFalseAnswer = emptyToNull(draft.trueFalseAnswer());
        form.feedbackTrue = draft.feedbackTrue();
        form.feedbackFalse = draft.feedbackFalse();
        form.numericAnswer = draft.numericAnswer();
        form.tolerance = draft.tolerance();
        form.unit = draft.unit();
        draft.orderingItems().forEach(text -> form.orderingItems.add(textRow(text)));
        for (DraftQuestion.Pair p : draft.pairs()) {
            PairRow row = new PairRow();
            row.left = p.left();
            row.right = p.right();
            form.pairs.add(row);
        }
        draft.accepted().forEach(text -> form.accepted.add(textRow(text)));
        form.explanation = draft.explanation();
        for (DraftQuestion.Reference r : draft.references()) {
            ReferenceRow row = new ReferenceRow();
            row.title = r.title();
            row.url = r.url();
            row.citation = r.citation();
            form.references.add(row);
        }
        return form;
    }

    /** The draft as the service takes it: every field, those of other types too (switching back loses nothing). */
    DraftQuestion toDraft() {
        return new DraftQuestion(id, moduleId, type, objectiveId, List.copyOf(tags), difficulty, expectedSeconds,
                stem, options.stream().map(o -> new DraftQuestion.Option(o.text, o.correct, o.feedback)).toList(),
                trueFalseAnswer, feedbackTrue, feedbackFalse, numericAnswer, tolerance, unit,
                orderingItems.stream().map(r -> nullToEmpty(r.text)).toList(),
                pairs.stream().map(p -> new DraftQuestion.Pair(p.left, p.right)).toList(),
                accepted.stream().map(r -> nullToEmpty(r.text)).toList(), explanation,
                references.stream().map(r -> new DraftQuestion.Reference(r.title, r.url, r.citation)).toList());
    }

    /**
     * Empty rows to type into where the type's list has none yet (a new question, or a change to another type), and
     * a first reference: so that a new single-choice question opens with four options to fill rather than none.
     * Lists that have rows are left as they are.
     */
    DraftForm offerRows() {
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> fill(options, 4, OptionRow::new);
            case ORDERING -> fill(orderingItems, 3, TextRow::new);
            case MATCHING -> fill(pairs, 3, PairRow::new);
            case SHORT_TEXT -> fill(accepted, 1, TextRow::new);
            case TRUE_FALSE, NUMERIC -> {
                // Single fields, always shown.
            }
        }
        fill(references, 1, ReferenceRow::new);
        return this;
    }

    private static <R> void fill(List<R> rows, int count, Supplier<R> empty) {
        if (rows.isEmpty()) {
            for (int i = 0; i < count; i++) {
                rows.add(empty.get());
            }
        }
    }

    static TextRow textRow(String text) {
        TextRow row = new TextRow();
        row.text = text;
        return row;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
