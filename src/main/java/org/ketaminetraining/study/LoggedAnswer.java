package org.ketaminetraining.study;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the review log as the day's figures read it.
 *
 * @param answeredAt  when the answer was recorded
 * @param programmeId the programme the learner was studying for when they gave it
 * @param firstReview whether it was the item's first answer ever, that is, the answer that started a new question
 */
public record LoggedAnswer(Instant answeredAt, String programmeId, boolean firstReview) {

    public LoggedAnswer {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(programmeId, "programmeId");
    }
}
