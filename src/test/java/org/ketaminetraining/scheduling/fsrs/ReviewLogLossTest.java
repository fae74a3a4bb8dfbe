package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;

class ReviewLogLossTest {

    /**
     * Weights under which a lapse always hits its cap S / e^(w17·w18) (large w11, w13, w14) and a same-day Hard
     * leaves S unchanged (max(SInc, 1) = 1): the branches the default weights seldom reach.
     */
    private static final FsrsParameters CAPPED_LAPSES = FsrsParameters.of("capped-lapses",
            0.4, 1.1, 3.0, 9.0, 7.5, 1.1, 1.2, 0.2, 2.2, 0.35, 1.4,
            4.5, 0.2, 0.85, 3.5, 0.3, 3.1, 1.3, 0.6, 0.3, 0.55);

    /** Every rating as a first, same-day and later-day review, with whole and fractional elapsed days. */
    private static List<List<PastReview>> everyKindOfReview() {
        List<List<PastReview>> items = new ArrayList<>();
        for (Rating first : Rating.values()) {
            for (Rating sameDay : Rating.values()) {
                List<PastReview> item = new ArrayList<>();
                item.add(new PastReview(0, first));
                item.add(new PastReview(0, sameDay));
                double t = 1;
                for (Rating later : Rating.values()) {
                    item.add(new PastReview(t, later));
                    t = t * 2.7 + 0.5;
                }
                item.add(new PastReview(0, Rating.HARD));
                item.add(new PastReview(t, Rating.GOOD));
                items.add(item);
            }
        }
        items.addAll(SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, 60, 200, new SplittableRandom(3)));
        return items;
    }

    @Test
    void scoresOnlyLaterDayReviewsAfterTheFirst() {
        ReviewLogLoss loss = new ReviewLogLoss(List.of(
                List.of(new PastReview(0, Rating.AGAIN), new PastReview(0, Rating.GOOD), new PastReview(1, Rating.GOOD),
                        new PastReview(3, Rating.AGAIN), new PastReview(0, Rating.GOOD)),
                List.of(new PastReview(0, Rating.GOOD))));

        assertThat(loss.scoredReviews()).isEqualTo(2);
    }

    @Test
    void lossIsTheMeanCrossEntropyOfMemoryModelsPredictions() {
        MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);
        MemoryState state = model.next(model.initial(Rating.AGAIN), 0, Rating.GOOD);
        double firstRecall = model.retrievability(2, state.stability());
        state = model.next(state, 2, Rating.GOOD);
        double secondRecall = model.retrievability(5.5, state.stability());
        double expected = (-Math.log(firstRecall) - Math.log(1 - secondRecall)) / 2;

        ReviewLogLoss loss = new ReviewLogLoss(List.of(List.of(new PastReview(0, Rating.AGAIN),
                new PastReview(0, Rating.GOOD), new PastReview(2, Rating.GOOD), new PastReview(5.5, Rating.AGAIN))));

        assertThat(loss.value(FsrsParameters.DEFAULT)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void theGradientPathComputesTheSameLossAsMemoryModel() {
        ReviewLogLoss loss = new ReviewLogLoss(everyKindOfReview());
        for (FsrsParameters parameters : List.of(FsrsParameters.DEFAULT, SyntheticHistories.TRUE_WEIGHTS,
                CAPPED_LAPSES)) {
            double viaGradient = loss.valueAndGradient(parameters.weights(), new double[FsrsParameters.COUNT]);
            assertThat(viaGradient).as(parameters.version()).isCloseTo(loss.value(parameters), within(1e-12));
        }
    }

    @Test
    void gradientMatchesCentralDifferencesForEveryWeight() {
        ReviewLogLoss loss = new ReviewLogLoss(everyKindOfReview());
        for (FsrsParameters parameters : List.of(FsrsParameters.DEFAULT, SyntheticHistories.TRUE_WEIGHTS,
                CAPPED_LAPSES)) {
            double[] w = parameters.weights();
            double[] gradient = new double[FsrsParameters.COUNT];
            loss.valueAndGradient(w, gradient);
            for (int k = 0; k < FsrsParameters.COUNT; k++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[k]));
                double[] up = w.clone();
                double[] down = w.clone();
                up[k] += h;
                down[k] -= h;
                double difference = (loss.valueAndGradient(up, new double[FsrsParameters.COUNT])
                        - loss.valueAndGradient(down, new double[FsrsParameters.COUNT])) / (2 * h);
                assertThat(gradient[k]).as("%s: dLoss/dw%d", parameters.version(), k)
                        .isCloseTo(difference, within(1e-7 + 1e-5 * Math.abs(difference)));
            }
        }
    }

    @Test
    void everyWeightHasSomeInfluenceOnTheseHistories() {
        // Otherwise the central-difference test above would pass vacuously for a weight the code never touches.
        ReviewLogLoss loss = new ReviewLogLoss(everyKindOfReview());
        double[] gradient = new double[FsrsParameters.COUNT];
        loss.valueAndGradient(CAPPED_LAPSES.weights(), gradient);
        double[] atDefaults = new double[FsrsParameters.COUNT];
        loss.valueAndGradient(FsrsParameters.DEFAULT.weights(), atDefaults);
        for (int k = 0; k < FsrsParameters.COUNT; k++) {
            assertThat(Math.abs(gradient[k]) + Math.abs(atDefaults[k])).as("w%d", k).isGreaterThan(1e-6);
        }
    }
}
