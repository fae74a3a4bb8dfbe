package org.ketaminetraining.scheduling.fsrs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A first estimate of the initial stabilities w0..w3 (S after a first rating of Again, Hard, Good, Easy), fitted
 * before the gradient descent as the FSRS optimiser does it: an item's first review on a later day shows how much
 * its first study left behind, and nothing else in the model has acted on it yet. The gradient descent starts
 * from these values because they can lie tens of days from the defaults, far more than its steps cover.
 *
 * <p>For each first rating, the first later-day reviews are grouped by elapsed days; each group's pass rate is
 * smoothed by one pseudo-review at the learner's overall pass rate (so that a group of two does not claim 0% or
 * 100%); then S is the value whose forgetting curve, with the default decay w20, best explains those pass rates.
 * A first rating with fewer than {@link #MINIMUM_SAMPLES} such reviews keeps its default, scaled by how far the
 * ratings that do have data moved from theirs; finally the four are put in order (Again &le; Hard &le; Good &le;
 * Easy) around the rating with the most data.
 */
final class InitialStabilityEstimate {

    /** Fewer first later-day reviews than this for a first rating, and its S0 is not estimated from them. */
    static final int MINIMUM_SAMPLES = 20;
    private static final double LOWEST = FsrsParameters.lowerBound(0);
    private static final double HIGHEST = FsrsParameters.upperBound(0);
    /**
     * Weight of the pull of log S towards the default, in reviews' worth of log loss per squared log-unit. The
     * forgetting curve is flat (one review says little about log S), so this is small: with a few hundred reviews
     * it moves the estimate by a few percent, with twenty by about a sixth of the way to the default.
     */
    private static final double PULL_TO_DEFAULT = 0.05;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private InitialStabilityEstimate() {
    }

    /**
     * @param items     each item's reviews, oldest first
     * @param defaults  the weights to fall back on; only w0..w3 and w20 are read
     * @return the estimated w0..w3
     */
    static double[] estimate(List<List<PastReview>> items, FsrsParameters defaults) {
        Map<Integer, TreeMap<Double, int[]>> byFirstRating = new TreeMap<>();
        long passes = 0;
        long scored = 0;
        for (List<PastReview> item : items) {
            boolean firstLaterDay = true;
            for (int j = 1; j < item.size(); j++) {
                PastReview review = item.get(j);
                if (review.elapsedDays() <= 0) {
                    continue;
                }
                boolean passed = review.rating().isPass();
                passes += passed ? 1 : 0;
                scored++;
                if (firstLaterDay) {
                    int[] passesAndCount = byFirstRating
                            .computeIfAbsent(item.get(0).rating().grade(), g -> new TreeMap<>())
                            .computeIfAbsent(review.elapsedDays(), t -> new int[2]);
                    passesAndCount[0] += passed ? 1 : 0;
                    passesAndCount[1]++;
                    firstLaterDay = false;
                }
            }
        }
        double overallPassRate = scored == 0 ? 0.9 : passes / (double) scored;
        double[] estimate = new double[4];
        int[] support = new int[4];
        double logShiftSum = 0;
        int estimated = 0;
        for (int g = 1; g <= 4; g++) {
            TreeMap<Double, int[]> groups = byFirstRating.getOrDefault(g, new TreeMap<>());
            support[g - 1] = groups.values().stream().mapToInt(pc -> pc[1]).sum();
            double fallback = defaults.weight(g - 1);
            if (support[g - 1] >= MINIMUM_SAMPLES) {
                estimate[g - 1] = bestStability(groups, overallPassRate, fallback, defaults.weight(20));
                logShiftSum += Math.log(estimate[g - 1] / fallback);
                estimated++;
            } else {
                estimate[g - 1] = Double.NaN;
            }
        }
        double scale = estimated == 0 ? 1 : Math.exp(logShiftSum / estimated);
        for (int g = 0; g < 4; g++) {
            if (Double.isNaN(estimate[g])) {
                estimate[g] = Math.min(Math.max(defaults.weight(g) * scale, LOWEST), HIGHEST);
                support[g] = 0;
            }
        }
        putInOrder(estimate, support);
        return estimate;
    }

    /** Golden-section search on log S for the least smoothed log loss plus the pull towards the default. */
    private static double bestStability(TreeMap<Double, int[]> groups, double overallPassRate, double fallback,
            double w20) {
        double decay = -w20;
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double low = Math.log(LOWEST);
        double high = Math.log(HIGHEST);
        double a = high - GOLDEN * (high - low);
        double b = low + GOLDEN * (high - low);
        double lossA = loss(groups, overallPassRate, Math.exp(a), fallback, factor, decay);
        double lossB = loss(groups, overallPassRate, Math.exp(b), fallback, factor, decay);
        for (int i = 0; i < 100 && high - low > 1e-9; i++) {
            if (lossA < lossB) {
                high = b;
                b = a;
                lossB = lossA;
                a = high - GOLDEN * (high - low);
                lossA = loss(groups, overallPassRate, Math.exp(a), fallback, factor, decay);
            } else {
                low = a;
                a = b;
                lossA = lossB;
                b = low + GOLDEN * (high - low);
                lossB = loss(groups, overallPassRate, Math.exp(b), fallback, factor, decay);
            }
        }
        return Math.min(Math.max(Math.exp((low + high) / 2), LOWEST), HIGHEST);
    }

    private static double loss(TreeMap<Double, int[]> groups, double overallPassRate, double stability,
            double fallback, double factor, double decay) {
        double sum = 0;
        for (Map.Entry<Double, int[]> group : groups.entrySet()) {
            int passes = group.getValue()[0];
            int count = group.getValue()[1];
            double passRate = (passes + overallPassRate) / (count + 1);
            double r = Math.pow(1 + factor * group.getKey() / stability, decay);
            r = Math.min(Math.max(r, 1e-7), 1 - 1e-7);
            sum -= count * (passRate * Math.log(r) + (1 - passRate) * Math.log(1 - r));
        }
        double shift = Math.log(stability / fallback);
        return sum + PULL_TO_DEFAULT * shift * shift;
    }

    /**
     * Makes S0 non-decreasing in the rating around the best-supported first rating, which keeps its value:
     * ratings above it are raised to at least their lower neighbour, ratings below it lowered to at most their
     * upper neighbour.
     */
    private static void putInOrder(double[] estimate, int[] support) {
        int anchor = 0;
        for (int g = 1; g < 4; g++) {
            anchor = support[g] > support[anchor] ? g : anchor;
        }
        for (int g = anchor + 1; g < 4; g++) {
            estimate[g] = Math.max(estimate[g], estimate[g - 1]);
        }
        for (int g = anchor - 1; g >= 0; g--) {
            estimate[g] = Math.min(estimate[g], estimate[g + 1]);
        }
    }
}
