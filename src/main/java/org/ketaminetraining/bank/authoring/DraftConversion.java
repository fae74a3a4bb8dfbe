package org.ketaminetraining.bank.authoring;

import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/**
 * Between a published question and the editor's working copy. Into the draft, every value is written as a module
 * file would hold it (numbers as their plain decimal text, {@code true}/{@code false}, difficulty by its yaml name),
 * so opening and publishing an unchanged question gives back an equal question. Out of the draft, only through
 * {@link DraftCheck}, so nothing reaches the bank that the file import would have refused.
 */
public final class DraftConversion {

    private DraftConversion() {
    }

    /** The editor's copy of a published question of a module. */
    public static DraftQuestion fromQuestion(String moduleId, Question question) {
        Fields fields = new Fields();
        answer(fields, question.answer());
        return new DraftQuestion(question.id(), moduleId, question.type(), question.objectiveId(), question.tags(),
                question.difficulty().map(difficulty -> difficulty.yamlName()).orElse(""),
                question.expectedSeconds().isPresent() ? Integer.toString(question.expectedSeconds().getAsInt()) : "",
                question.stem(), fields.options, fields.trueFalseAnswer, fields.feedbackTrue, fields.feedbackFalse,
                fields.numericAnswer, fields.tolerance, fields.unit, fields.orderingItems, fields.pairs,
                fields.accepted, question.explanation(),
                question.references().stream().map(reference -> new DraftQuestion.Reference(reference.title(),
                        reference.url().orElse(""), reference.citation().orElse(""))).toList());
    }

    /** The question a complete draft makes, checked exactly as {@link DraftCheck#check} does; empty if incomplete. */
    public static Optional<Question> toQuestion(DraftQuestion draft, CheckContext context) {
        return DraftCheck.check(draft, context).question();
    }

    /** The answer fields of a draft, empty unless the question's type fills them. */
    private static final class Fields {
        private List<DraftQuestion.Option> options = List.of();
        private String trueFalseAnswer = "";
        private String feedbackTrue = "";
        private String feedbackFalse = "";
        private String numericAnswer = "";
        private String tolerance = "";
        private String unit = "";
        private List<String> orderingItems = List.of();
        private List<DraftQuestion.Pair> pairs = List.of();
        private List<String> accepted = List.of();
    }

    private static void answer(Fields fields, AnswerSpec answer) {
        if (answer instanceof SingleChoice single) {
            fields.options = options(single.options());
        } else if (answer instanceof MultipleResponse multiple) {
            fields.options = options(multiple.options());
        } else if (answer instanceof TrueFalse trueFalse) {
            fields.trueFalseAnswer = Boolean.toString(trueFalse.answer());
            fields.feedbackTrue = trueFalse.feedbackTrue().orElse("");
            fields.feedbackFalse = trueFalse.feedbackFalse().orElse("");
        } else if (answer instanceof NumericAnswer numeric) {
            fields.numericAnswer = numeric.answer().toPlainString();
            fields.tolerance = numeric.tolerance().toPlainString();
            fields.unit = numeric.unit();
        } else if (answer instanceof Ordering ordering) {
            fields.orderingItems = ordering.items();
        } else if (answer instanceof Matching matching) {
            fields.pairs = matching.pairs().stream()
                    .map(pair -> new DraftQuestion.Pair(pair.left(), pair.right())).toList();
        } else if (answer instanceof ShortText shortText) {
            fields.accepted = shortText.accepted();
        } else {
            throw new IllegalStateException("no draft form for " + answer.type());
        }
    }

    private static List<DraftQuestion.Option> options(List<ChoiceOption> options) {
        return options.stream().map(option -> new DraftQuestion.Option(option.text(), option.correct(),
                option.feedback().orElse(""))).toList();
    }
}
