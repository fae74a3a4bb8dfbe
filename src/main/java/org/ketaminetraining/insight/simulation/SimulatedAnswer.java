package org.ketaminetraining.insight.simulation;

import java.time.Instant;
import java.util.List;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Rating;

/**
 * One answer of a simulated learner in study, with the schedule it produced.
 *
 * @param item         index into the items given to the simulation
 * @param chosen       the options chosen (positions), or for a true/false item one element: 1 for true, 0 for false
 * @param highConfidence whether the learner said they were sure
 */
public record SimulatedAnswer(int item, Instant presentedAt, Instant answeredAt, boolean correct, Rating rating,
        boolean highConfidence, long responseMillis, List<Integer> chosen, boolean firstReview, CardState after) {

    public SimulatedAnswer {
        chosen = List.copyOf(chosen);
    }
}
