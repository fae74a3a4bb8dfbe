package org.ketaminetraining.insight.calibration;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How well a set of predictions of recall matched the outcomes; see {@link Calibration} for the definitions.
 *
 * @param reviews  how many scored reviews the figures are over
 * @param bins     the non-empty bins of predicted recall, lowest first; their counts add up to {@code reviews}
 * @param rmseBins RMSE(bins); empty when there are no reviews
 * @param logLoss  mean log loss; empty when there are no reviews
 * @param auc      the probability that a recalled review had a higher prediction than a forgotten one; empty
 *                 unless there are both
 */
public record CalibrationReport(int reviews, List<CalibrationBin> bins, OptionalDouble rmseBins,
        OptionalDouble logLoss, OptionalDouble auc) {

    public CalibrationReport {
        Objects.requireNonNull(bins, "bins");
        Objects.requireNonNull(rmseBins, "rmseBins");
        Objects.requireNonNull(logLoss, "logLoss");
        Objects.requireNonNull(auc, "auc");
        bins = List.copyOf(bins);
        if (reviews < 0) {
            throw new IllegalArgumentException("reviews must be >= 0, was " + reviews);
        }
        long binned = bins.stream().mapToLong(CalibrationBin::count).sum();
        if (binned != reviews) {
            throw new IllegalArgumentException("the bins hold " + binned + " reviews, not " + reviews);
        }
        if (reviews == 0 && (rmseBins.isPresent() || logLoss.isPresent() || auc.isPresent())) {
            throw new IllegalArgumentException("no figure can be measured on no reviews");
        }
        requireWithin("RMSE(bins)", rmseBins, 0, 1);
        requireWithin("log loss", logLoss, 0, Double.MAX_VALUE);
        requireWithin("AUC", auc, 0, 1);
    }

    private static void requireWithin(String name, OptionalDouble value, double low, double high) {
        if (value.isPresent() && !(value.getAsDouble() >= low && value.getAsDouble() <= high)) {
            throw new IllegalArgumentException(name + " must be within [" + low + ", " + high + "], was "
                    + value.getAsDouble());
        }
    }
}
