package org.ketaminetraining.scheduling.fsrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.policy.DayBoundary;

/**
 * One review of one item as the {@link ParameterOptimiser} sees it: the time since the item's previous review and
 * the rating, which is all the FSRS-6 formulas use (the same two columns as the {@code Replay} command's input).
 *
 * @param elapsedDays days since this item's previous review, 0 for a review on the same study day and for the
 *                    item's first review; a real number, as {@link MemoryModel} takes it
 * @param rating      how the review was rated
 */
public record PastReview(double elapsedDays, Rating rating) {

    public PastReview {
        Objects.requireNonNull(rating, "rating");
        if (!(elapsedDays >= 0) || Double.isInfinite(elapsedDays)) {
            throw new IllegalArgumentException("elapsed days must be finite and >= 0, was " + elapsedDays);
        }
    }

    /**
     * One item's review log in the optimiser's terms, with elapsed time counted in whole study days exactly as
     * {@link FsrsScheduler} counts it, so that the parameters are fitted to the same inputs they will be used with.
     *
     * @param log      the item's reviews, oldest first
     * @param boundary the learner's day boundary (time zone and rollover hour)
     * @throws IllegalArgumentException when the log is out of order
     */
    public static List<PastReview> fromLog(List<Review> log, DayBoundary boundary) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(boundary, "boundary");
        List<PastReview> reviews = new ArrayList<>(log.size());
        Review previous = null;
        for (Review review : log) {
            Objects.requireNonNull(review, "review");
            long days = 0;
            if (previous != null) {
                if (review.reviewedAt().isBefore(previous.reviewedAt())) {
                    throw new IllegalArgumentException("review at " + review.reviewedAt()
                            + " is before the previous one at " + previous.reviewedAt() + "; give the log in order");
                }
                // Clamped as the scheduler clamps it: a DST fall-back can make a later instant a day earlier.
                days = Math.max(0, boundary.elapsedDays(previous.reviewedAt(), review.reviewedAt()));
            }
            reviews.add(new PastReview(days, review.rating()));
            previous = review;
        }
        return List.copyOf(reviews);
    }
}
