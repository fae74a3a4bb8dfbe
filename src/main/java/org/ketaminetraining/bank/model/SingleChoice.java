package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Pick one: correct when exactly the one correct option is selected. */
public record SingleChoice(List<ChoiceOption> options) implements AnswerSpec {

    @Override
    public List<ChoiceOption> choiceOptions() {
        return options;
    }

    public SingleChoice {
        options = List.copyOf(options);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }

    /** Position of the correct option; empty only in a draft that has not passed validation. */
    public OptionalInt correctOption() {
        return IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).findFirst();
    }

    @Override
    public boolean isCorrect(Response response) {
        if (!(response instanceof ChoiceResponse choice)) {
            throw AnswerSpec.wrongResponse(type(), response);
        }
        OptionalInt correct = correctOption();
        return correct.isPresent() && choice.selectedOptions().equals(java.util.Set.of(correct.getAsInt()));
    }
}
