package org.ketaminetraining.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Decides, review by review, when an item is due next. Implementations are pure functions of their arguments and
 * their configuration: the same log and context always give the same state, which is what lets the study service
 * keep only the append-only review log and rebuild any state on demand.
 */
public interface Scheduler {

    /**
     * The state after one more review.
     *
     * @param state   the state before the review ({@link CardState#NEW} for the first one)
     * @param review  the review; its instant must not be before {@code state.lastReview()}
     * @param context which item this is (fuzz seed) and which desired retention applies
     * @throws IllegalArgumentException when the review predates the last one or the state was not produced by
     *                                  this kind of scheduler
     */
    CardState next(CardState state, Review review, ReviewContext context);

    /**
     * The probability that the learner would recall the item at {@code at}, as this scheduler estimates it;
     * the study queue serves the least likely recalls first. 1 for items that were never reviewed.
     */
    double retrievabilityAt(CardState state, Instant at);

    /** A short label for logs and comparisons, e.g. "FSRS-6 (fsrs6-default)". */
    String name();

    /**
     * The state after replaying a whole review log, oldest review first.
     *
     * @throws IllegalArgumentException when the log is out of order
     */
    default CardState replay(List<Review> reviews, ReviewContext context) {
        Objects.requireNonNull(reviews, "reviews");
        CardState state = CardState.NEW;
        for (Review review : reviews) {
            state = next(state, review, context);
        }
        return state;
    }
}
