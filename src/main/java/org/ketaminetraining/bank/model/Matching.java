package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.stream.IntStream;

/** Pairs authored together; correct only when every left item is matched to its own right item. */
public record Matching(List<MatchPair> pairs) implements AnswerSpec {
    public Matching {
        pairs = List.copyOf(pairs);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    @Override
    public boolean isCorrect(Response response) {
        if (!(response instanceof MatchingResponse matches)) {
            throw AnswerSpec.wrongResponse(type(), response);
        }
        return matches.rightForLeft().size() == pairs.size()
                && IntStream.range(0, pairs.size())
                        .allMatch(left -> Integer.valueOf(left).equals(matches.rightForLeft().get(left)));
    }
}
