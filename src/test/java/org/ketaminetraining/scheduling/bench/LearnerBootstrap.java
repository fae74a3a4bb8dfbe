package org.ketaminetraining.scheduling.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap over learners, paired across arms: each resample draws learners with replacement, and the
 * caller computes every statistic from the same drawn learners for every scheduler, so an interval reflects which
 * learners happened to be simulated and not the (shared) luck of one arm against another's. Learners are the
 * independent unit here; items and days within a learner are not.
 */
final class LearnerBootstrap {

    /** A 95% percentile interval; NaN ends when fewer than 95% of the resamples gave a value. */
    record Interval(double low, double high) {

        boolean isKnown() {
            return !Double.isNaN(low);
        }
    }

    private LearnerBootstrap() {
    }

    /**
     * @param learners   how many learners were simulated (the resamples draw indices 0 to learners − 1)
     * @param resamples  how many resamples, at least 100
     * @param seed       the resampling stream's seed, so the intervals are reproducible
     * @param statistics the statistics of one resample, from the learner indices drawn (in draw order); a statistic
     *                   that cannot be computed for a resample (say, a knowledge outside the sweep) is NaN there;
     *                   every call returns the same number of statistics
     * @return one 95% interval per statistic (the 2.5th and 97.5th percentiles of its resampled values)
     */
    static Interval[] intervals(int learners, int resamples, long seed, Function<int[], double[]> statistics) {
        if (learners < 2) {
            throw new IllegalArgumentException("a bootstrap over learners needs at least 2, got " + learners);
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("need at least 100 resamples, got " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] values = null;
        for (int r = 0; r < resamples; r++) {
            int[] drawn = new int[learners];
            for (int i = 0; i < learners; i++) {
                drawn[i] = random.nextInt(learners);
            }
            double[] one = statistics.apply(drawn);
            if (values == null) {
                values = new double[one.length][resamples];
            } else if (one.length != values.length) {
                throw new IllegalArgumentException("resample " + r + " gave " + one.length + " statistics, the first "
                        + values.length);
            }
            for (int s = 0; s < one.length; s++) {
                values[s][r] = one[s];
            }
        }
        Interval[] intervals = new Interval[values.length];
        for (int s = 0; s < values.length; s++) {
            double[] known = Arrays.stream(values[s]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            intervals[s] = known.length < 0.95 * resamples ? new Interval(Double.NaN, Double.NaN)
                    : new Interval(percentile(known, 0.025), percentile(known, 0.975));
        }
        return intervals;
    }

    /** The q-quantile of sorted values, by linear interpolation between closest ranks. */
    static double percentile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
