package org.ketaminetraining.insight.calibration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.scheduling.fsrs.PastReview;

/** Checks and conversions of review histories shared by the predictions and the held-out fitting. */
final class Histories {

    private Histories() {
    }

    /**
     * @throws IllegalArgumentException naming the history and review when a history is null or empty, a review is
     *                                  null, the first review has elapsed days other than 0, or a review was
     *                                  answered before the one before it
     */
    static void validate(List<List<DatedReview>> histories) {
        Objects.requireNonNull(histories, "histories");
        for (int i = 0; i < histories.size(); i++) {
            List<DatedReview> history = histories.get(i);
            if (history == null || history.isEmpty()) {
                throw new IllegalArgumentException("history " + i + " has no reviews; leave out items never reviewed");
            }
            Instant previous = null;
            for (int j = 0; j < history.size(); j++) {
                DatedReview review = history.get(j);
                if (review == null) {
                    throw new IllegalArgumentException("history " + i + ", review " + j + " is null");
                }
                if (previous != null && review.answeredAt().isBefore(previous)) {
                    throw new IllegalArgumentException("history " + i + ", review " + j + " was answered at "
                            + review.answeredAt() + ", before the review before it (" + previous
                            + "); give each history oldest first");
                }
                previous = review.answeredAt();
            }
            if (history.get(0).elapsedDays() != 0) {
                throw new IllegalArgumentException("history " + i + ": the first review must have elapsed days 0 "
                        + "(there is no earlier review), was " + history.get(0).elapsedDays()
                        + "; is the history complete?");
            }
        }
    }

    /**
     * The optimiser's view of the reviews answered before {@code end} (all of them when {@code end} is null);
     * histories with no review before it are left out.
     */
    static List<List<PastReview>> pastReviewsBefore(List<List<DatedReview>> histories, Instant end) {
        List<List<PastReview>> items = new ArrayList<>(histories.size());
        for (List<DatedReview> history : histories) {
            List<PastReview> item = new ArrayList<>(history.size());
            for (DatedReview review : history) {
                if (end != null && !review.answeredAt().isBefore(end)) {
                    break;
                }
                item.add(new PastReview(review.elapsedDays(), review.rating()));
            }
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }
}
