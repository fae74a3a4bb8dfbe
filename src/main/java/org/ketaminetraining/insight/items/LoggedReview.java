package org.ketaminetraining.insight.items;

import java.time.Instant;
import java.util.Objects;
import org.ketaminetraining.scheduling.Rating;

/**
 * One logged answer of one learner to one item, as the review log holds it.
 *
 * @param accountId         the learner
 * @param itemKey           the item
 * @param answeredAt        when; orders a learner's answers to the item (equal instants keep the given order)
 * @param elapsedDays       whole study days since this learner's previous answer to this item, as the scheduler
 *                          counts them (0 for the first answer and for same-day answers); finite, at least 0
 * @param rating            the rating the answer was graded to
 * @param correct           whether the answer was right
 * @param confidentlyWrong  wrong although the learner said they were highly confident; implies
 *                          {@code highConfidence} and not {@code correct}
 * @param highConfidence    the learner said they were highly confident
 * @param responseMillis    time taken to answer, at least 0
 */
public record LoggedReview(long accountId, String itemKey, Instant answeredAt, double elapsedDays, Rating rating,
        boolean correct, boolean confidentlyWrong, boolean highConfidence, long responseMillis) {

    public LoggedReview {
        Checks.key(itemKey, "itemKey");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(rating, "rating");
        if (!(elapsedDays >= 0) || Double.isInfinite(elapsedDays)) {
            throw new IllegalArgumentException("review of item " + itemKey + " by account " + accountId
                    + ": elapsed days must be finite and at least 0, was " + elapsedDays);
        }
        if (confidentlyWrong && (correct || !highConfidence)) {
            throw new IllegalArgumentException("review of item " + itemKey + " by account " + accountId
                    + " is confidently wrong, so it must be wrong and of high confidence");
        }
        if (responseMillis < 0) {
            throw new IllegalArgumentException("review of item " + itemKey + " by account " + accountId
                    + ": response time must be at least 0 ms, was " + responseMillis);
        }
    }
}
