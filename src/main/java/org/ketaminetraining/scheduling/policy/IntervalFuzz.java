package org.ketaminetraining.scheduling.policy;

import java.util.Objects;

/**
 * Spreads day intervals a little so that items learned together do not stay due together, reproducibly: the
 * random draw is a pure function of the item key and its review count, so replaying a log gives the same dates.
 *
 * <p>The rule is the FSRS reference's: no fuzz below 2.5 days; otherwise a half-width of
 * 1 + 0.15·(days of I in [2.5, 7]) + 0.10·(days in [7, 20]) + 0.05·(days above 20), and a whole number of days drawn
 * uniformly from [round(I − delta), round(I + delta)], never below 2 days nor above the maximum interval.
 */
public final class IntervalFuzz {

    private static final double FUZZ_FROM_DAYS = 2.5;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private IntervalFuzz() {
    }

    /**
     * A number uniform in [0, 1) determined by the item and its review count. Our own mixer (FNV-1a over the
     * key, then the SplitMix64 finaliser) rather than a JDK generator, so the value can never change with the JDK.
     */
    public static double uniform(String itemKey, int reviewCount) {
        Objects.requireNonNull(itemKey, "itemKey");
        long hash = FNV_OFFSET;
        for (int i = 0; i < itemKey.length(); i++) {
            hash = (hash ^ itemKey.charAt(i)) * FNV_PRIME;
        }
        long mixed = splitMix64(hash + 0x9e3779b97f4a7c15L * (reviewCount + 1L));
        return (mixed >>> 11) * 0x1.0p-53;
    }

    /**
     * The whole-day interval for the unrounded interval {@code intervalDays}, fuzzed with the draw {@code u}
     * and kept within [1, {@code maximumDays}].
     */
    public static int fuzzedDays(double intervalDays, double u, int maximumDays) {
        if (!(u >= 0 && u < 1)) {
            throw new IllegalArgumentException("u must be within [0, 1), was " + u);
        }
        double capped = Math.min(Math.max(intervalDays, 1), maximumDays);
        if (capped < FUZZ_FROM_DAYS) {
            return roundedDays(capped, maximumDays);
        }
        double delta = halfWidth(capped);
        long low = Math.max(2, Math.round(capped - delta));
        long high = Math.min(maximumDays, Math.round(capped + delta));
        low = Math.min(low, high);
        return (int) (low + (long) Math.floor(u * (high - low + 1)));
    }

    /** The interval rounded to whole days within [1, {@code maximumDays}], for when fuzz is off. */
    public static int roundedDays(double intervalDays, int maximumDays) {
        return (int) Math.min(Math.max(Math.round(intervalDays), 1), maximumDays);
    }

    /** The fuzz half-width for an interval of {@code days}: wider for longer intervals, but proportionally less. */
    static double halfWidth(double days) {
        return 1 + 0.15 * overlap(days, FUZZ_FROM_DAYS, 7) + 0.10 * overlap(days, 7, 20)
                + 0.05 * Math.max(days - 20, 0);
    }

    private static double overlap(double days, double from, double to) {
        return Math.max(Math.min(days, to) - from, 0);
    }

    private static long splitMix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
