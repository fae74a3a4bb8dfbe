package org.ketaminetraining.insight.items;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Classical item analysis of final-assessment attempts, following Moodle's quiz statistics, adapted to
 * assessments that draw items at random from a pool (each attempt holds its own subset, possibly of its own size).
 *
 * <p>Definitions (n = attempts containing the item; variances are sample variances over n - 1, as Moodle's):
 * <ul>
 *   <li><b>Score of an attempt</b>: its fraction correct, items right / items contained.</li>
 *   <li><b>Facility</b>: the mean of the item's 0/1 score, with Wilson's 95% interval.</li>
 *   <li><b>SD</b>: the sample standard deviation of the item score.</li>
 *   <li><b>Discrimination</b> (Moodle's "corrected" index): the Pearson correlation between the item score and the
 *       <i>rest</i> of the attempt, its fraction correct over its other items, so the item does not correlate with
 *       itself. On a fixed form the rest fraction is a linear function of Moodle's rest mark, so r is the same.
 *       Attempts that hold only this item have no rest and are left out of it. Fisher's z 95% interval when more
 *       than 3 pairs.</li>
 *   <li><b>Discriminative efficiency</b>: cov(item, rest) / the largest covariance the same two sets of scores
 *       reach when both are sorted and paired in order (Moodle's definition): how close the item comes to the
 *       best discrimination its facility allows.</li>
 *   <li><b>Cronbach's alpha</b>: Moodle treats each slot of the quiz as an item; with random items so do we, by
 *       position in the attempt (the caller lists items in the order shown). That is only meaningful when every
 *       attempt holds the same number of items, so alpha is empty otherwise (and with fewer than two positions).
 *       alpha = P/(P - 1) · (1 − Σ var(position score) / var(total correct)); error ratio = sqrt(1 − alpha);
 *       standard error = error ratio × SD of the attempt fractions. Empty below the minimum number of attempts
 *       too.</li>
 *   <li><b>Top and bottom thirds</b>: attempts ranked by fraction (ties by attempt id, lower id ranking lower);
 *       the top third is the best floor(N/3), the bottom third the worst floor(N/3). Per item, counts are among
 *       the attempts of each third that contain it.</li>
 * </ul>
 *
 * <p>Cost: one pass over the responses plus one sort of the attempts and, per item, one sort of its rest scores:
 * O(R log R) for R responses.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /**
     * @param attempts the attempts to analyse (first attempts, or all, as the caller chose)
     * @param items    the items to report on, in the order wanted; responses to other items still count towards
     *                 their attempt's score
     * @param settings the minimum number of responses
     * @throws IllegalArgumentException when a map key differs from its {@link ItemKeyInfo#itemKey()}
     */
    public static ItemAnalysisReport analyse(List<ScoredAttempt> attempts, Map<String, ItemKeyInfo> items,
            AnalysisSettings settings) {
        Checks.noNulls(attempts, "attempts");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(settings, "settings");
        Map<String, ItemAccumulator> accumulators = new LinkedHashMap<>();
        for (Map.Entry<String, ItemKeyInfo> entry : items.entrySet()) {
            ItemKeyInfo info = Objects.requireNonNull(entry.getValue(), "item " + entry.getKey());
            if (!info.itemKey().equals(entry.getKey())) {
                throw new IllegalArgumentException(
                        "item map key " + entry.getKey() + " holds the item " + info.itemKey());
            }
            accumulators.put(entry.getKey(), new ItemAccumulator(info));
        }
        int[] thirds = thirds(attempts);
        for (int a = 0; a < attempts.size(); a++) {
            ScoredAttempt attempt = attempts.get(a);
            int attemptCorrect = attempt.correctCount();
            int size = attempt.items().size();
            for (ItemResponse response : attempt.items()) {
                ItemAccumulator accumulator = accumulators.get(response.itemKey());
                if (accumulator != null) {
                    accumulator.add(response, attemptCorrect, size, thirds[a]);
                }
            }
        }
        List<ItemStatistics> statistics = new ArrayList<>(accumulators.size());
        for (ItemAccumulator accumulator : accumulators.values()) {
            statistics.add(accumulator.statistics(settings.minimumResponses()));
        }
        return new ItemAnalysisReport(testStatistics(attempts, settings), statistics);
    }

    /** Per attempt (by index): 1 in the top third, -1 in the bottom third, 0 otherwise. */
    private static int[] thirds(List<ScoredAttempt> attempts) {
        int n = attempts.size();
        Integer[] order = new Integer[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            scores[i] = attempts.get(i).score();
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> scores[i])
                .thenComparingLong(i -> attempts.get(i).attemptId()));
        int[] thirds = new int[n];
        int third = n / 3;
        for (int rank = 0; rank < third; rank++) {
            thirds[order[rank]] = -1;
            thirds[order[n - 1 - rank]] = 1;
        }
        return thirds;
    }

    private static TestStatistics testStatistics(List<ScoredAttempt> attempts, AnalysisSettings settings) {
        int n = attempts.size();
        OptionalDouble none = OptionalDouble.empty();
        if (n == 0) {
            return new TestStatistics(0, 0, 0, none, none, none);
        }
        double sum = 0;
        for (ScoredAttempt attempt : attempts) {
            sum += attempt.score();
        }
        double mean = sum / n;
        double squares = 0;
        for (ScoredAttempt attempt : attempts) {
            double deviation = attempt.score() - mean;
            squares += deviation * deviation;
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        OptionalDouble alpha = n >= settings.minimumResponses() ? cronbachAlpha(attempts) : none;
        if (alpha.isEmpty()) {
            return new TestStatistics(n, clamp01(mean), sd, none, none, none);
        }
        double errorRatio = Math.sqrt(1 - alpha.getAsDouble());
        return new TestStatistics(n, clamp01(mean), sd, alpha, OptionalDouble.of(errorRatio),
                OptionalDouble.of(errorRatio * sd));
    }

    /** Alpha over positions when every attempt has the same number P &gt;= 2 of items; see the class comment. */
    private static OptionalDouble cronbachAlpha(List<ScoredAttempt> attempts) {
        int n = attempts.size();
        int positions = attempts.get(0).items().size();
        if (n < 2 || positions < 2) {
            return OptionalDouble.empty();
        }
        int[] positionCorrect = new int[positions];
        long totalSum = 0;
        long totalSquares = 0;
        for (ScoredAttempt attempt : attempts) {
            if (attempt.items().size() != positions) {
                return OptionalDouble.empty();
            }
            int total = 0;
            for (int p = 0; p < positions; p++) {
                if (attempt.items().get(p).correct()) {
                    positionCorrect[p]++;
                    total++;
                }
            }
            totalSum += total;
            totalSquares += (long) total * total;
        }
        // Sample variances; the common factor 1/(n - 1) cancels in the ratio, so sums of squared deviations do.
        double totalDeviations = totalSquares - (double) totalSum * totalSum / n;
        if (totalDeviations <= 0) {
            return OptionalDouble.empty();
        }
        double positionDeviations = 0;
        for (int correct : positionCorrect) {
            positionDeviations += correct - (double) correct * correct / n;
        }
        double alpha = positions / (positions - 1.0) * (1 - positionDeviations / totalDeviations);
        return OptionalDouble.of(Math.min(1, alpha));
    }

    private static double clamp01(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
