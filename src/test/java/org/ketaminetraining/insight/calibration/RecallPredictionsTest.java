package org.ketaminetraining.insight.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;

class RecallPredictionsTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private static Instant day(double days) {
        return START.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    /** Good; Good the same hour; Good 3 days later; Again 7 days later, Good the same day; Hard 2 days later. */
    private static List<DatedReview> history() {
        return List.of(
                new DatedReview(day(0), 0, Rating.GOOD),
                new DatedReview(day(0.04), 0, Rating.GOOD),
                new DatedReview(day(3), 3, Rating.GOOD),
                new DatedReview(day(10), 7, Rating.AGAIN),
                new DatedReview(day(10.01), 0, Rating.GOOD),
                new DatedReview(day(12), 2, Rating.HARD));
    }

    /**
     * The first scored review, by hand with the default weights: S after a first Good is w2 = 2.3065; the same-day
     * Good multiplies it by e^(w17·w18)·S^(−w19) = e^(0.5425·0.0912)·2.3065^(−0.0658) = 0.99450, below 1, so a pass
     * keeps S at 2.3065. F = 0.9^(−1/0.1542) − 1 = 0.980346; R(3) = (1 + 0.980346·3/2.3065)^(−0.1542)
     * = 2.275109^(−0.1542) = 0.880948.
     */
    @Test
    void firstPredictionMatchesTheFormulasByHand() {
        List<PredictedOutcome> outcomes = RecallPredictions.of(List.of(history()), FsrsParameters.DEFAULT, START);

        assertThat(outcomes.get(0).predicted()).isCloseTo(0.880948, within(1e-6));
        assertThat(outcomes.get(0).recalled()).isTrue();
    }

    @Test
    void everyLaterDayReviewButTheFirstIsScoredWithTheMemoryModelsPrediction() {
        MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);
        MemoryState state = model.initial(Rating.GOOD);
        state = model.next(state, 0, Rating.GOOD);
        double third = model.retrievability(3, state.stability());
        state = model.next(state, 3, Rating.GOOD);
        double fourth = model.retrievability(7, state.stability());
        state = model.next(state, 7, Rating.AGAIN);
        state = model.next(state, 0, Rating.GOOD);
        double sixth = model.retrievability(2, state.stability());

        List<PredictedOutcome> outcomes = RecallPredictions.of(List.of(history()), FsrsParameters.DEFAULT, START);

        assertThat(outcomes).containsExactly(new PredictedOutcome(third, true), new PredictedOutcome(fourth, false),
                new PredictedOutcome(sixth, true));
    }

    @Test
    void onlyReviewsFromTheStartInstantOnAreScoredButTheWholeHistoryIsReplayed() {
        List<PredictedOutcome> all = RecallPredictions.of(List.of(history()), FsrsParameters.DEFAULT, START);

        // The Again answered exactly at day 10 is scored (at or after), and its prediction owes everything to the
        // reviews before the start: replaying from the start instead would predict from a first review.
        List<PredictedOutcome> fromDayTen = RecallPredictions.of(List.of(history()), FsrsParameters.DEFAULT,
                day(10));

        assertThat(fromDayTen).containsExactly(all.get(1), all.get(2));
        assertThat(RecallPredictions.of(List.of(history()), FsrsParameters.DEFAULT, day(10).plusSeconds(1)))
                .containsExactly(all.get(2));
        assertThat(RecallPredictions.of(List.of(history()), FsrsParameters.DEFAULT, day(13))).isEmpty();
    }

    @Test
    void otherWeightsGiveOtherPredictions() {
        FsrsParameters steep = FsrsParameters.of("steep", 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
                0.0658, 0.5);

        double byDefaults = RecallPredictions.of(List.of(history()), FsrsParameters.DEFAULT, START).get(0)
                .predicted();
        double bySteep = RecallPredictions.of(List.of(history()), steep, START).get(0).predicted();

        assertThat(bySteep).isNotCloseTo(byDefaults, within(1e-3));
    }

    @Test
    void historiesAreScoredInTheirOrder() {
        List<DatedReview> short1 = List.of(new DatedReview(day(0), 0, Rating.EASY),
                new DatedReview(day(20), 20, Rating.AGAIN));

        List<PredictedOutcome> outcomes = RecallPredictions.of(List.of(short1, history()), FsrsParameters.DEFAULT,
                START);

        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.get(0).recalled()).isFalse();
        MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);
        assertThat(outcomes.get(0).predicted())
                .isEqualTo(model.retrievability(20, model.initial(Rating.EASY).stability()));
    }

    @Test
    void malformedHistoriesAreRefusedNamingWhere() {
        FsrsParameters p = FsrsParameters.DEFAULT;
        assertThatThrownBy(() -> RecallPredictions.of(List.of(history(), List.of()), p, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history 1 has no reviews");
        List<DatedReview> late = List.of(new DatedReview(day(5), 5, Rating.GOOD));
        assertThatThrownBy(() -> RecallPredictions.of(List.of(late), p, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("history 0: the first review must have elapsed days 0");
        List<DatedReview> backwards = new ArrayList<>(history());
        backwards.set(3, new DatedReview(day(2), 7, Rating.AGAIN));
        assertThatThrownBy(() -> RecallPredictions.of(List.of(backwards), p, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("history 0, review 3 was answered at").hasMessageContaining("oldest first");
        assertThatThrownBy(() -> RecallPredictions.of(List.of(Arrays.asList(history().get(0), null)), p, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history 0, review 1 is null");
        assertThatThrownBy(() -> new DatedReview(START, -1, Rating.GOOD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was -1.0");
        assertThatThrownBy(() -> new DatedReview(START, Double.POSITIVE_INFINITY, Rating.GOOD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
