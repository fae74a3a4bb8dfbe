package org.ketaminetraining.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * A learner's schedule for one item, as derived from its review log. Immutable; a scheduler returns a new one
 * for every review, and {@link Scheduler#replay} rebuilds it from the log, so a stored copy is only a cache.
 *
 * <p>Which memory fields are meaningful depends on the scheduler that produced the state: FSRS fills
 * {@code stability} and {@code difficulty} and leaves {@code ease} at 0; SM-2 fills {@code ease} and leaves the
 * other two at 0. Before the first review ({@link #NEW}) all are 0 and {@code due}/{@code lastReview} are null.
 *
 * @param phase         NEW, LEARNING, REVIEW or RELEARNING
 * @param step          index of the learning or relearning step the item is waiting for; 0 in NEW and REVIEW
 * @param stability     FSRS stability S in days (time for recall to fall to 90%)
 * @param difficulty    FSRS difficulty D in [1, 10]
 * @param ease          SM-2 ease factor (2.5 to start, at least 1.3)
 * @param scheduledDays the whole-day interval last scheduled (0 while stepping within a day)
 * @param due           when the item is next due; for day intervals the start of the due study day
 * @param lastReview    the instant of the latest review
 * @param reviewCount   how many reviews the log holds, same-day steps included
 * @param lapses        how many times a graduated item was forgotten
 */
public record CardState(
        Phase phase,
        int step,
        double stability,
        double difficulty,
        double ease,
        int scheduledDays,
        Instant due,
        Instant lastReview,
        int reviewCount,
        int lapses) {

    /** The state of an item that has never been reviewed. */
    public static final CardState NEW = new CardState(Phase.NEW, 0, 0, 0, 0, 0, null, null, 0, 0);

    public CardState {
        Objects.requireNonNull(phase, "phase");
        requireNonNegative(step, "step");
        requireNonNegative(scheduledDays, "scheduledDays");
        requireNonNegative(reviewCount, "reviewCount");
        requireNonNegative(lapses, "lapses");
        requireFiniteNonNegative(stability, "stability");
        requireFiniteNonNegative(difficulty, "difficulty");
        requireFiniteNonNegative(ease, "ease");
        if (difficulty != 0 && (difficulty < 1 || difficulty > 10)) {
            throw new IllegalArgumentException("difficulty must be 0 (unused) or within [1, 10], was " + difficulty);
        }
        if (lapses > reviewCount) {
            throw new IllegalArgumentException(
                    "lapses (" + lapses + ") cannot exceed reviewCount (" + reviewCount + ")");
        }
        if (phase == Phase.NEW) {
            requireUnreviewed(due, lastReview, reviewCount);
        } else {
            requireReviewed(due, lastReview, reviewCount);
        }
    }

    public boolean isNew() {
        return phase == Phase.NEW;
    }

    /** True when the item has been reviewed and its due instant is not after {@code now}. */
    public boolean isDueAt(Instant now) {
        return !isNew() && !due.isAfter(now);
    }

    private static void requireUnreviewed(Instant due, Instant lastReview, int reviewCount) {
        if (due != null || lastReview != null || reviewCount != 0) {
            throw new IllegalArgumentException("a NEW item has no due instant, no last review and no reviews");
        }
    }

    private static void requireReviewed(Instant due, Instant lastReview, int reviewCount) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(lastReview, "lastReview");
        if (reviewCount < 1) {
            throw new IllegalArgumentException("a reviewed item needs reviewCount >= 1");
        }
        if (due.isBefore(lastReview)) {
            throw new IllegalArgumentException("due (" + due + ") cannot be before lastReview (" + lastReview + ")");
        }
    }

    private static void requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
    }

    private static void requireFiniteNonNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
    }
}
