package org.ketaminetraining.insight.calibration;

/**
 * One non-empty bin of a calibration table: the reviews whose predicted recall fell within
 * [{@code lowerBound}, {@code upperBound}) (the last bin also takes 1).
 *
 * @param lowerBound     the least predicted recall the bin takes, within [0, 1)
 * @param upperBound     the bound above it, within (lowerBound, 1]
 * @param count          how many reviews fell in the bin, at least 1
 * @param meanPredicted  the mean of their predicted recall
 * @param observedRecall the share of them that were recalled
 */
public record CalibrationBin(double lowerBound, double upperBound, int count, double meanPredicted,
        double observedRecall) {

    public CalibrationBin {
        if (!(lowerBound >= 0 && lowerBound < upperBound && upperBound <= 1)) {
            throw new IllegalArgumentException("bin bounds must satisfy 0 <= lower < upper <= 1, were ["
                    + lowerBound + ", " + upperBound + ")");
        }
        if (count < 1) {
            throw new IllegalArgumentException("a bin holds at least one review, had " + count);
        }
        if (!(meanPredicted >= lowerBound && meanPredicted <= upperBound)) {
            throw new IllegalArgumentException("mean prediction " + meanPredicted + " lies outside its bin ["
                    + lowerBound + ", " + upperBound + ")");
        }
        if (!(observedRecall >= 0 && observedRecall <= 1)) {
            throw new IllegalArgumentException("observed recall must be within [0, 1], was " + observedRecall);
        }
    }
}
