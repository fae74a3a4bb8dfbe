package org.ketaminetraining.bank.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement that is true or false. The feedback is keyed by the value the learner picked (not by right or
 * wrong), which is how authors think about it: "if they said true, tell them ...".
 */
public record TrueFalse(boolean answer, Optional<String> feedbackTrue, Optional<String> feedbackFalse)
        implements AnswerSpec {
    public TrueFalse {
        Objects.requireNonNull(feedbackTrue, "feedbackTrue");
        Objects.requireNonNull(feedbackFalse, "feedbackFalse");
    }

    public static TrueFalse of(boolean answer) {
        return new TrueFalse(answer, Optional.empty(), Optional.empty());
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public boolean isCorrect(Response response) {
        if (!(response instanceof TrueFalseResponse picked)) {
            throw AnswerSpec.wrongResponse(type(), response);
        }
        return picked.value() == answer;
    }

    /** The feedback for the value the learner picked, if the author wrote one. */
    public Optional<String> feedbackFor(boolean picked) {
        return picked ? feedbackTrue : feedbackFalse;
    }
}
