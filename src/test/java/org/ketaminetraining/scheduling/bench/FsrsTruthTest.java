package org.ketaminetraining.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;

class FsrsTruthTest {

    private static final int DRAWS = 20_000;

    @Test
    void everyDrawnWeightStaysWithinTheOptimisersBounds() {
        SplittableRandom random = new SplittableRandom(7);
        boolean someClampedLow = false;
        for (int n = 0; n < DRAWS; n++) {
            double[] w = FsrsTruth.drawWeights(random, "test").weights();
            for (int i = 0; i < FsrsParameters.COUNT; i++) {
                assertThat(w[i]).as("w%d", i).isBetween(FsrsParameters.lowerBound(i), FsrsParameters.upperBound(i));
            }
            someClampedLow |= w[7] == FsrsParameters.lowerBound(7);
        }
        // w7's default sits on its lower bound, so the clamp must have been exercised
        assertThat(someClampedLow).isTrue();
    }

    @Test
    void theSameStreamGivesTheSameLearner() {
        double[] first = FsrsTruth.drawWeights(new SplittableRandom(42), "a").weights();
        double[] again = FsrsTruth.drawWeights(new SplittableRandom(42), "b").weights();
        double[] other = FsrsTruth.drawWeights(new SplittableRandom(43), "c").weights();

        assertThat(again).containsExactly(first);
        assertThat(Arrays.equals(first, other)).isFalse();
    }

    /**
     * The draw is default · exp(sigma · z): the median of log(w / default) is 0 and its standard deviation is sigma,
     * 0.5 for the initial stabilities and 0.25 for the rest (checked on w0 and on the decay w20, whose bounds are far
     * enough away that clamping barely touches the spread).
     */
    @Test
    void weightsSpreadLognormallyAroundTheDefaults() {
        SplittableRandom random = new SplittableRandom(11);
        double[] logW0 = new double[DRAWS];
        double[] logW20 = new double[DRAWS];
        for (int n = 0; n < DRAWS; n++) {
            FsrsParameters drawn = FsrsTruth.drawWeights(random, "test");
            logW0[n] = Math.log(drawn.weight(0) / FsrsParameters.DEFAULT.weight(0));
            logW20[n] = Math.log(drawn.weight(20) / FsrsParameters.DEFAULT.weight(20));
        }
        assertThat(median(logW0)).isCloseTo(0, within(0.02));
        assertThat(median(logW20)).isCloseTo(0, within(0.02));
        assertThat(standardDeviation(logW0)).isCloseTo(FsrsTruth.INITIAL_STABILITY_SIGMA, within(0.02));
        assertThat(standardDeviation(logW20)).isCloseTo(FsrsTruth.OTHER_WEIGHT_SIGMA, within(0.02));
    }

    /** After a first answer rated Good, S = w2 = 2.3065 days, so recall is 90% 2.3065 days later. */
    @Test
    void memoryFollowsTheLearnersModel() {
        MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);
        // prior knowledge 1: the first answer is right for sure
        FsrsTruth.Memory memory = new FsrsTruth.Memory(model, 1.0, new SplittableRandom(1));

        assertThat(memory.recallProbability(0)).isZero();
        assertThat(memory.review(10.3)).isTrue();
        assertThat(memory.daysUntilRecallFallsTo(0.9)).isCloseTo(2.3065, within(1e-12));
        assertThat(memory.recallProbability(10.3 + 2.3065)).isCloseTo(0.9, within(1e-12));
        assertThat(memory.daysUntilRecallFallsTo(0.8)).isCloseTo(model.intervalDays(0.8, 2.3065), within(1e-12));
    }

    @Test
    void aReviewLaterTheSameDayUsesTheSameDayFormula() {
        MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);
        FsrsTruth.Memory memory = new FsrsTruth.Memory(model, 1.0, new SplittableRandom(1));
        memory.review(10.3);
        double sameDay = model.stabilityOnSameDay(2.3065, Rating.GOOD);
        double nextDay = model.stabilityAfterPass(2.3065, model.initialDifficulty(Rating.GOOD),
                model.retrievability(0.01, 2.3065), Rating.GOOD);
        // 0.01 days later, recall is all but certain; draw until this stream gives a pass (it does at once)
        assertThat(memory.review(10.31)).isTrue();

        assertThat(memory.daysUntilRecallFallsTo(0.9)).isCloseTo(sameDay, within(1e-12)).isNotCloseTo(nextDay,
                within(1e-6));
    }

    @Test
    void aLearnersItemsShareItsWeightsAndPriorKnowledgeIsPerItem() {
        FsrsTruth truth = new FsrsTruth("test");
        List<TrueMemory> memories = truth.learner(new SplittableRandom(5), 3, i -> new SplittableRandom(100 + i),
                i -> new SplittableRandom(200 + i));
        List<TrueMemory> again = truth.learner(new SplittableRandom(5), 3, i -> new SplittableRandom(100 + i),
                i -> new SplittableRandom(200 + i));

        assertThat(memories).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(memories.get(i).review(1.5)).isEqualTo(again.get(i).review(1.5));
            assertThat(memories.get(i).recallProbability(4)).isEqualTo(again.get(i).recallProbability(4));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double standardDeviation(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }
}
