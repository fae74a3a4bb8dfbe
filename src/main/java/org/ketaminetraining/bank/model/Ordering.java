package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.stream.IntStream;

/** Items authored in their correct order; correct only when the learner restores exactly that order. */
public record Ordering(List<String> items) implements AnswerSpec {
    public Ordering {
        items = List.copyOf(items);
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }

    @Override
    public boolean isCorrect(Response response) {
        if (!(response instanceof OrderingResponse order)) {
            throw AnswerSpec.wrongResponse(type(), response);
        }
        return order.itemOrder().equals(IntStream.range(0, items.size()).boxed().toList());
    }
}
