package org.ketaminetraining.insight.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Calibration of predicted recall against observed recall, and the three figures that summarise it.
 *
 * <ul>
 *   <li><b>Bins</b>: {@code k} bins of equal width over predicted recall; bin i takes predictions within
 *       [i/k, (i+1)/k), the last also takes 1. Each non-empty bin reports its count, mean prediction and the share
 *       recalled: the points of a calibration chart.</li>
 *   <li><b>RMSE(bins)</b> = sqrt( Σ n_i·(meanPredicted_i − observed_i)² / Σ n_i ) over the non-empty bins, n_i the
 *       bin's count: how far, review-weighted, the chart lies from the diagonal.</li>
 *   <li><b>Log loss</b> = mean of −[y·ln p + (1 − y)·ln(1 − p)], y = 1 if recalled, p clamped to
 *       [{@value #PROBABILITY_FLOOR}, 1 − {@value #PROBABILITY_FLOOR}] (one wrong prediction of exactly 0 or 1 would
 *       otherwise cost infinitely much).</li>
 *   <li><b>AUC</b> = the Mann-Whitney probability that a recalled review had a higher prediction than a forgotten
 *       one, a tie counting one half; computed in O(n log n) by sorting each class and sweeping both. Empty unless
 *       both classes occur.</li>
 * </ul>
 *
 * <p>Which bins: the open spaced-repetition benchmark (srs-benchmark, and the "The Metric" page of fsrs4anki) first
 * binned reviews by predicted recall, as here, then changed to bins of the reviews' histories (interval length,
 * number of reviews, number of lapses), because a model that predicts the average recall for every review scores
 * RMSE 0 on bins of its own predictions. This class keeps bins of predicted recall, of equal width, because the
 * question the page answers is the one a reader of a calibration chart asks ("when it said 80%, did 80% remember?"),
 * and equal widths make the charts of two parameter sets comparable bin by bin. The cheat that made the benchmark
 * change is caught by the other two figures printed beside it: a constant prediction has an AUC of exactly 0.5 and
 * a log loss no better than the base rate's. RMSE(bins) here is therefore not numerically comparable with the
 * benchmark's published tables; log loss and AUC are.
 */
public final class Calibration {

    /** Twenty bins of 0.05: fine enough to see the shape near 0.9, coarse enough to fill at a few thousand reviews. */
    public static final int DEFAULT_BINS = 20;
    /** More bins than this would say nothing a person could read, and bound the work and the table. */
    public static final int MAXIMUM_BINS = 1000;
    static final double PROBABILITY_FLOOR = 1e-6;

    private Calibration() {
    }

    /**
     * @param outcomes the scored reviews, in any order
     * @param bins     how many bins of equal width, 1 to {@value #MAXIMUM_BINS}
     * @throws IllegalArgumentException when {@code bins} is out of range or an outcome is null
     */
    public static CalibrationReport of(List<PredictedOutcome> outcomes, int bins) {
        Objects.requireNonNull(outcomes, "outcomes");
        if (bins < 1 || bins > MAXIMUM_BINS) {
            throw new IllegalArgumentException("bins must be 1 to " + MAXIMUM_BINS + ", was " + bins);
        }
        int n = outcomes.size();
        int[] counts = new int[bins];
        double[] predictedSums = new double[bins];
        int[] recalledCounts = new int[bins];
        double logLossSum = 0;
        int recalled = 0;
        for (int i = 0; i < n; i++) {
            PredictedOutcome outcome = outcomes.get(i);
            if (outcome == null) {
                throw new IllegalArgumentException("outcome " + i + " is null");
            }
            double p = outcome.predicted();
            int bin = Math.min((int) (p * bins), bins - 1);
            counts[bin]++;
            predictedSums[bin] += p;
            recalledCounts[bin] += outcome.recalled() ? 1 : 0;
            recalled += outcome.recalled() ? 1 : 0;
            logLossSum += crossEntropy(p, outcome.recalled());
        }
        if (n == 0) {
            return new CalibrationReport(0, List.of(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
        List<CalibrationBin> table = new ArrayList<>();
        double weightedSquares = 0;
        for (int b = 0; b < bins; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double lower = b / (double) bins;
            double upper = (b + 1) / (double) bins;
            // A sum of equal values divided by their count can land an ulp outside the bin they all lie in.
            double meanPredicted = Math.min(Math.max(predictedSums[b] / counts[b], lower), upper);
            double observed = recalledCounts[b] / (double) counts[b];
            table.add(new CalibrationBin(lower, upper, counts[b], meanPredicted, observed));
            double gap = meanPredicted - observed;
            weightedSquares += counts[b] * gap * gap;
        }
        return new CalibrationReport(n, table, OptionalDouble.of(Math.sqrt(weightedSquares / n)),
                OptionalDouble.of(logLossSum / n), auc(outcomes, recalled));
    }

    private static double crossEntropy(double predicted, boolean recalled) {
        double p = Math.min(Math.max(predicted, PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
        return recalled ? -Math.log(p) : -Math.log(1 - p);
    }

    /**
     * Sorts the predictions of each class, then for each recalled review counts the forgotten ones predicted lower
     * (1 each) and equal (1/2 each), moving two pointers forward only.
     */
    private static OptionalDouble auc(List<PredictedOutcome> outcomes, int recalledCount) {
        int forgottenCount = outcomes.size() - recalledCount;
        if (recalledCount == 0 || forgottenCount == 0) {
            return OptionalDouble.empty();
        }
        double[] recalled = new double[recalledCount];
        double[] forgotten = new double[forgottenCount];
        int r = 0;
        int f = 0;
        for (PredictedOutcome outcome : outcomes) {
            if (outcome.recalled()) {
                recalled[r++] = outcome.predicted();
            } else {
                forgotten[f++] = outcome.predicted();
            }
        }
        Arrays.sort(recalled);
        Arrays.sort(forgotten);
        int below = 0;
        int belowOrEqual = 0;
        double wins = 0;
        for (double p : recalled) {
            while (below < forgottenCount && forgotten[below] < p) {
                below++;
            }
            belowOrEqual = Math.max(belowOrEqual, below);
            while (belowOrEqual < forgottenCount && forgotten[belowOrEqual] <= p) {
                belowOrEqual++;
            }
            wins += below + 0.5 * (belowOrEqual - below);
        }
        return OptionalDouble.of(wins / ((double) recalledCount * forgottenCount));
    }
}
