package org.ketaminetraining.bank.fingerprint;

import java.util.List;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/**
 * The content fingerprint of a question: 64 lower-case hex digits of SHA-256 over {@link #canonicalForm(Question)}.
 * Two questions share a fingerprint exactly when a learner would see and be graded on the same thing.
 */
public final class ContentFingerprint {
    /** Bump when the canonical form changes, so that old and new fingerprints never match by accident. */
    public static final String VERSION = "ketamine-training-question-fingerprint-v1";

    private ContentFingerprint() {
    }

    public static String of(Question question) {
        return canonical(question).sha256Hex();
    }

    /** The text that is hashed, for tests and for explaining a fingerprint change. */
    public static String canonicalForm(Question question) {
        return canonical(question).toString();
    }

    private static CanonicalForm canonical(Question question) {
        CanonicalForm form = new CanonicalForm(VERSION)
                .text("type", question.type().yamlName())
                .text("stem", question.stem());
        answer(form, question.answer());
        form.text("explanation", question.explanation());
        List<Reference> references = question.references();
        form.count("references", references.size());
        for (Reference reference : references) {
            form.text("reference.title", reference.title())
                    .optionalText("reference.url", reference.url())
                    .optionalText("reference.citation", reference.citation());
        }
        return form;
    }

    private static void answer(CanonicalForm form, AnswerSpec answer) {
        if (answer instanceof SingleChoice single) {
            options(form, single.options());
        } else if (answer instanceof MultipleResponse multiple) {
            options(form, multiple.options());
        } else if (answer instanceof TrueFalse trueFalse) {
            form.flag("answer", trueFalse.answer())
                    .optionalText("feedback_true", trueFalse.feedbackTrue())
                    .optionalText("feedback_false", trueFalse.feedbackFalse());
        } else if (answer instanceof NumericAnswer numeric) {
            form.number("answer", numeric.answer()).number("tolerance", numeric.tolerance())
                    .text("unit", numeric.unit());
        } else if (answer instanceof Ordering ordering) {
            form.count("items", ordering.items().size());
            ordering.items().forEach(item -> form.text("item", item));
        } else if (answer instanceof Matching matching) {
            form.count("pairs", matching.pairs().size());
            for (MatchPair pair : matching.pairs()) {
                form.text("pair.left", pair.left()).text("pair.right", pair.right());
            }
        } else if (answer instanceof ShortText shortText) {
            form.count("accepted", shortText.accepted().size());
            shortText.accepted().forEach(accepted -> form.text("accepted", accepted));
        } else {
            throw new IllegalStateException("no canonical form for " + answer.type());
        }
    }

    private static void options(CanonicalForm form, List<ChoiceOption> options) {
        form.count("options", options.size());
        for (ChoiceOption option : options) {
            form.text("option.text", option.text())
                    .flag("option.correct", option.correct())
                    .optionalText("option.feedback", option.feedback());
        }
    }
}
