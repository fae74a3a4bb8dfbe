package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Select all that apply: correct only when the selected set equals the correct set. There is no partial credit,
 * because in a safety question missing one contraindication is as dangerous as missing all.
 */
public record MultipleResponse(List<ChoiceOption> options) implements AnswerSpec {

    @Override
    public List<ChoiceOption> choiceOptions() {
        return options;
    }

    public MultipleResponse {
        options = List.copyOf(options);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_RESPONSE;
    }

    public Set<Integer> correctOptions() {
        return IntStream.range(0, options.size())
                .filter(i -> options.get(i).correct())
                .boxed()
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isCorrect(Response response) {
        if (!(response instanceof ChoiceResponse choice)) {
            throw AnswerSpec.wrongResponse(type(), response);
        }
        return choice.selectedOptions().equals(correctOptions());
    }
}
