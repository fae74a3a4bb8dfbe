package org.ketaminetraining.insight.items;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Collects one item's responses in a single pass over the attempts, then turns them into its
 * {@link ItemStatistics}. Scores are kept in primitive arrays: the educator's table analyses thousands of attempts
 * of hundreds of items on every view.
 */
final class ItemAccumulator {

    /** The chosen, top-third and bottom-third counts of one category. */
    private static final int CHOSEN = 0;
    private static final int TOP = 1;
    private static final int BOTTOM = 2;

    private final ItemKeyInfo info;
    private final Map<String, int[]> categoryCounts = new LinkedHashMap<>();
    private int responses;
    private int correct;
    private int topThirdSize;
    private int bottomThirdSize;
    /** Item score (0/1) and rest score of each response whose attempt held other items too. */
    private boolean[] pairItem = new boolean[16];
    private double[] pairRest = new double[16];
    private int pairs;

    ItemAccumulator(ItemKeyInfo info) {
        this.info = info;
        for (String category : info.categories()) {
            categoryCounts.put(category, new int[3]);
        }
    }

    /**
     * @param third -1 for the bottom third, 1 for the top third, 0 otherwise
     */
    void add(ItemResponse response, int attemptCorrect, int attemptSize, int third) {
        responses++;
        if (response.correct()) {
            correct++;
        }
        if (third > 0) {
            topThirdSize++;
        } else if (third < 0) {
            bottomThirdSize++;
        }
        for (String category : response.chosen()) {
            int[] counts = categoryCounts.computeIfAbsent(category, c -> new int[3]);
            counts[CHOSEN]++;
            if (third > 0) {
                counts[TOP]++;
            } else if (third < 0) {
                counts[BOTTOM]++;
            }
        }
        if (attemptSize > 1) {
            if (pairs == pairRest.length) {
                pairItem = Arrays.copyOf(pairItem, pairs * 2);
                pairRest = Arrays.copyOf(pairRest, pairs * 2);
            }
            int own = response.correct() ? 1 : 0;
            pairItem[pairs] = response.correct();
            pairRest[pairs] = (double) (attemptCorrect - own) / (attemptSize - 1);
            pairs++;
        }
    }

    ItemStatistics statistics(int minimumResponses) {
        List<OptionCount> options = options();
        OptionalDouble none = OptionalDouble.empty();
        if (responses < minimumResponses || responses == 0) {
            return new ItemStatistics(info.itemKey(), responses, false, none, none, none, none, none, none, none,
                    none, options);
        }
        double facility = (double) correct / responses;
        double[] wilson = Intervals.wilson(correct, responses);
        OptionalDouble sd = responses > 1
                ? OptionalDouble.of(Math.sqrt(responses * facility * (1 - facility) / (responses - 1)))
                : none;
        OptionalDouble discrimination = none;
        OptionalDouble low = none;
        OptionalDouble high = none;
        OptionalDouble efficiency = none;
        double[] restStatistics = restCovariances();
        if (restStatistics != null) {
            double covariance = restStatistics[0];
            double r = clamp(covariance / Math.sqrt(restStatistics[1] * restStatistics[2]));
            discrimination = OptionalDouble.of(r);
            if (pairs > 3) {
                double[] fisher = Intervals.fisher(r, pairs);
                low = OptionalDouble.of(fisher[0]);
                high = OptionalDouble.of(fisher[1]);
            }
            efficiency = OptionalDouble.of(Math.min(1, covariance / restStatistics[3]));
        }
        return new ItemStatistics(info.itemKey(), responses, true, OptionalDouble.of(facility),
                OptionalDouble.of(wilson[0]), OptionalDouble.of(wilson[1]), sd, discrimination, low, high,
                efficiency, options);
    }

    /**
     * Sums of products of deviations over the item-rest pairs: {covariance, item variance, rest variance, largest
     * covariance}, all over the same n - 1 (which cancels in r and in the efficiency). Null when either score is
     * constant (or fewer than two pairs), where r and the efficiency are undefined.
     */
    private double[] restCovariances() {
        if (pairs < 2) {
            return null;
        }
        int ones = 0;
        double restSum = 0;
        double restMin = Double.POSITIVE_INFINITY;
        double restMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < pairs; i++) {
            if (pairItem[i]) {
                ones++;
            }
            restSum += pairRest[i];
            restMin = Math.min(restMin, pairRest[i]);
            restMax = Math.max(restMax, pairRest[i]);
        }
        // Exact comparisons are sound here: every score is a quotient of small integers, so equal fractions are
        // equal doubles.
        if (ones == 0 || ones == pairs || restMin == restMax) {
            return null;
        }
        double itemMean = (double) ones / pairs;
        double restMean = restSum / pairs;
        double covariance = 0;
        double restVariance = 0;
        for (int i = 0; i < pairs; i++) {
            double restDeviation = pairRest[i] - restMean;
            covariance += ((pairItem[i] ? 1 : 0) - itemMean) * restDeviation;
            restVariance += restDeviation * restDeviation;
        }
        double itemVariance = pairs * itemMean * (1 - itemMean);
        // The largest covariance pairs the sorted item scores (the zeros, then the ones) with the sorted rest
        // scores: the ones meet the largest rests. Since the rest deviations sum to zero, that is the sum of the
        // largest rests' deviations.
        double[] sortedRest = Arrays.copyOf(pairRest, pairs);
        Arrays.sort(sortedRest);
        double largestCovariance = 0;
        for (int i = pairs - ones; i < pairs; i++) {
            largestCovariance += sortedRest[i] - restMean;
        }
        return new double[]{covariance, itemVariance, restVariance, largestCovariance};
    }

    private List<OptionCount> options() {
        List<OptionCount> options = new ArrayList<>(categoryCounts.size());
        List<Map.Entry<String, int[]>> unlisted = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : categoryCounts.entrySet()) {
            if (info.categories().contains(entry.getKey())) {
                options.add(option(entry.getKey(), entry.getValue()));
            } else {
                unlisted.add(entry);
            }
        }
        // Answers outside the authored categories (free answers, or labels of a since-edited item): most chosen
        // first, then alphabetically, so the listing is the same on every run.
        unlisted.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[CHOSEN])
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, int[]> entry : unlisted) {
            options.add(option(entry.getKey(), entry.getValue()));
        }
        return options;
    }

    private OptionCount option(String category, int[] counts) {
        return new OptionCount(category, info.keyCategories().contains(category), counts[CHOSEN], counts[TOP],
                counts[BOTTOM], topThirdSize, bottomThirdSize);
    }

    private static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }
}
