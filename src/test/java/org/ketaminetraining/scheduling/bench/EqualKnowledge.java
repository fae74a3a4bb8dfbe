package org.ketaminetraining.scheduling.bench;

import java.util.OptionalDouble;

/**
 * Reads a scheduler's cost at a given knowledge off a desired-retention sweep, so that two schedulers are compared at
 * equal realised knowledge rather than at equal settings (a scheduler that reviews more and ends knowing more is not
 * thereby less efficient).
 *
 * <p>The sweep's points are taken in sweep order (ascending desired retention) and joined by straight lines; the
 * cost at the target knowledge is read off the first segment whose ends bracket it, that is at the lowest desired
 * retention that reaches the target. Knowledge rises with desired retention, but simulation noise can make it dip
 * between neighbouring points near saturation; taking the first crossing keeps the answer to "what does it take to
 * know this much?". A target outside the sweep's range is not extrapolated: the answer is empty.
 */
final class EqualKnowledge {

    private EqualKnowledge() {
    }

    /**
     * @param knowledge the knowledge each sweep point realised, in sweep order
     * @param cost      the cost (reviews per item) of each sweep point, same order and length
     * @param target    the knowledge to read the cost at
     * @return the linearly interpolated cost, or empty when no segment of the sweep reaches {@code target}
     * @throws IllegalArgumentException if the arrays differ in length, are empty or hold a value that is not finite
     */
    static OptionalDouble costAt(double[] knowledge, double[] cost, double target) {
        if (knowledge.length != cost.length) {
            throw new IllegalArgumentException("knowledge has " + knowledge.length + " points but cost has "
                    + cost.length);
        }
        if (knowledge.length == 0) {
            throw new IllegalArgumentException("the sweep has no points");
        }
        requireFinite(knowledge, "knowledge");
        requireFinite(cost, "cost");
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target knowledge must be finite, was " + target);
        }
        if (knowledge.length == 1) {
            return knowledge[0] == target ? OptionalDouble.of(cost[0]) : OptionalDouble.empty();
        }
        for (int i = 0; i + 1 < knowledge.length; i++) {
            double k0 = knowledge[i];
            double k1 = knowledge[i + 1];
            if (target < Math.min(k0, k1) || target > Math.max(k0, k1)) {
                continue;
            }
            if (k0 == k1) {
                return OptionalDouble.of(cost[i]);
            }
            double share = (target - k0) / (k1 - k0);
            return OptionalDouble.of(cost[i] + share * (cost[i + 1] - cost[i]));
        }
        return OptionalDouble.empty();
    }

    /** The relative difference in percent, {@code 100 · (cost / reference − 1)}. */
    static double percentVersus(double cost, double reference) {
        if (!(reference > 0) || !Double.isFinite(cost)) {
            throw new IllegalArgumentException("need a finite cost and a positive reference, got " + cost + " and "
                    + reference);
        }
        return 100 * (cost / reference - 1);
    }

    private static void requireFinite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + values[i]);
            }
        }
    }
}
