package org.ketaminetraining.bank.model;

import java.util.List;

/**
 * A typed answer compared with the accepted answers after {@link AnswerText#normalise(String)}: case, surrounding
 * spaces and runs of inner spaces do not matter, spelling does.
 */
public record ShortText(List<String> accepted) implements AnswerSpec {
    public ShortText {
        accepted = List.copyOf(accepted);
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
