package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.Optional;

/**
 * A typed answer compared with the accepted answers after {@link AnswerText#normalise(String)}: case, surrounding
 * spaces and runs of inner spaces do not matter, spelling does.
 *
 * <p>The first accepted answer is the canonical one, the answer feedback teaches; the others are accepted without
 * being shown, because the format does not say which of them are genuine alternatives ("nor-ketamine") and which
 * are misspellings tolerated so as not to mark a learner wrong for a slip ("norketamin"), and a misspelling shown
 * as "the right answer" teaches it.
 */
public record ShortText(List<String> accepted) implements AnswerSpec {
    public ShortText {
        accepted = List.copyOf(accepted);
    }

    /** The answer feedback shows as the right one: the first accepted answer; empty only in a bank being validated. */
    public Optional<String> canonical() {
        return accepted.stream().findFirst();
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_TEXT;
    }

    @Override
    public boolean isCorrect(Response response) {
        if (!(response instanceof TextResponse typed)) {
            throw AnswerSpec.wrongResponse(type(), response);
        }
        String given = AnswerText.normalise(typed.text());
        return !given.isEmpty() && accepted.stream().map(AnswerText::normalise).anyMatch(given::equals);
    }
}
