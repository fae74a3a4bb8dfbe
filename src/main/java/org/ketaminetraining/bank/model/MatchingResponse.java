package org.ketaminetraining.bank.model;

import java.util.Map;

/**
 * Which right item the learner matched to each left item, both as zero-based positions in the authored pair
 * list (so left 2 matched to right 2 is a correct pair).
 */
public record MatchingResponse(Map<Integer, Integer> rightForLeft) implements Response {
    public MatchingResponse {
        rightForLeft = Map.copyOf(rightForLeft);
    }
}
