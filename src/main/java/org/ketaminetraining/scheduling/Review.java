package org.ketaminetraining.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an item's review log: when the learner answered and how it was rated.
 *
 * @param reviewedAt the instant of the answer
 * @param rating     the rating it was graded into
 */
public record Review(Instant reviewedAt, Rating rating) {

    public Review {
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(rating, "rating");
    }
}
