package org.ketaminetraining.insight.calibration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;

/** What FSRS-6 predicted before each scored review of a set of histories, beside what happened. */
public final class RecallPredictions {

    private RecallPredictions() {
    }

    /**
     * For every scored review answered at or after {@code from}, the recall FSRS-6 with {@code parameters}
     * predicted from the replay of the item's history before it: R(t, S) with t the review's elapsed days and S the
     * stability after the reviews before it. The whole history is replayed (so the state before a scored review
     * owes nothing to where {@code from} falls); only reviews from {@code from} on are scored.
     *
     * <p>Scored means a later-day review that is not the item's first: elapsed days &gt; 0, which for the whole
     * study days the scheduler counts means &gt;= 1. That is the parameter optimiser's rule, so these predictions
     * score exactly the reviews its loss is fitted to. Same-day reviews move the state but are not scored: FSRS-6
     * does not claim to predict them. {@code recalled} is {@link Rating#isPass()}.
     *
     * @param histories  one list per learner and item, oldest first, the first with elapsed days 0
     * @param parameters the weights whose predictions are wanted
     * @param from       the first instant whose reviews are scored
     * @return the predictions in the order of the histories, then of their reviews
     * @throws IllegalArgumentException naming the history and review when a history is malformed
     */
    public static List<PredictedOutcome> of(List<List<DatedReview>> histories, FsrsParameters parameters,
            Instant from) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(from, "from");
        Histories.validate(histories);
        MemoryModel model = new MemoryModel(parameters);
        List<PredictedOutcome> outcomes = new ArrayList<>();
        for (List<DatedReview> history : histories) {
            DatedReview first = history.get(0);
            MemoryState state = model.initial(first.rating());
            for (int j = 1; j < history.size(); j++) {
                DatedReview review = history.get(j);
                if (review.isScored(j) && !review.answeredAt().isBefore(from)) {
                    double predicted = model.retrievability(review.elapsedDays(), state.stability());
                    outcomes.add(new PredictedOutcome(predicted, review.rating().isPass()));
                }
                state = model.next(state, review.elapsedDays(), review.rating());
            }
        }
        return outcomes;
    }
}
