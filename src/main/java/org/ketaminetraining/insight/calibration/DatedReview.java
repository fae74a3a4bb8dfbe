package org.ketaminetraining.insight.calibration;

import java.time.Instant;
import java.util.Objects;
import org.ketaminetraining.scheduling.Rating;

/**
 * One review of one learner's item with the instant it was answered, so that histories can be split in time.
 *
 * @param answeredAt  when the answer was given
 * @param elapsedDays days since the item's previous review, as the scheduler counts them (0 for the item's first
 *                    review and for a review on the same study day); finite and &gt;= 0
 * @param rating      how the review was rated
 */
public record DatedReview(Instant answeredAt, double elapsedDays, Rating rating) {

    public DatedReview {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(rating, "rating");
        if (!(elapsedDays >= 0) || Double.isInfinite(elapsedDays)) {
            throw new IllegalArgumentException("elapsed days must be finite and >= 0, was " + elapsedDays);
        }
    }

    /**
     * Whether the review is scored: a later-day review (elapsed days &gt; 0, which for whole study days means
     * &gt;= 1) that is not the item's first. The same rule as the parameter optimiser's loss, so that the held-out
     * figures measure what the fit minimised.
     */
    boolean isScored(int indexInHistory) {
        return indexInHistory > 0 && elapsedDays > 0;
    }
}
