package org.ketaminetraining.scheduling.grading;

import java.util.Objects;
import org.ketaminetraining.scheduling.Rating;

/**
 * The outcome of grading one answer.
 *
 * @param rating           what the scheduler is told
 * @param confidentlyWrong true when the answer was wrong and the learner had said they were highly confident:
 *                         recorded for educators, it does not change the schedule
 */
public record Grade(Rating rating, boolean confidentlyWrong) {

    public Grade {
        Objects.requireNonNull(rating, "rating");
        if (confidentlyWrong && rating != Rating.AGAIN) {
            throw new IllegalArgumentException("only a wrong answer (Again) can be confidently wrong");
        }
    }
}
