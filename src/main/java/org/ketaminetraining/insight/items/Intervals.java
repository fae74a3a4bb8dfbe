package org.ketaminetraining.insight.items;

/** The 95% confidence intervals the item table shows, chosen because they are cheap and behave at the edges. */
final class Intervals {

    /** The two-sided 95% quantile of the standard normal distribution. */
    static final double Z95 = 1.959963984540054;

    private Intervals() {
    }

    /**
     * Wilson's score interval for a proportion: unlike p ± z·se it stays within [0, 1] and does not collapse to a
     * point when every answer is right (a facility of 1.0 from 20 answers is compatible with 0.84).
     *
     * @return {low, high}
     */
    static double[] wilson(int successes, int n) {
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * Fisher's z interval for a Pearson correlation from {@code n} pairs (n &gt; 3): atanh(r) ± z / sqrt(n - 3),
     * transformed back. For r = ±1 the interval is the point itself.
     *
     * @return {low, high}
     */
    static double[] fisher(double r, int n) {
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = Z95 / Math.sqrt(n - 3.0);
        return new double[]{Math.tanh(z - half), Math.tanh(z + half)};
    }
}
