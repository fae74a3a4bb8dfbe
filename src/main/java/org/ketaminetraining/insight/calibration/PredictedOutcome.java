package org.ketaminetraining.insight.calibration;

/**
 * One scored review: the probability of recall predicted just before it, and whether it was recalled.
 *
 * @param predicted the predicted probability of recall, within [0, 1]
 * @param recalled  whether the review was a pass (any rating but Again)
 */
public record PredictedOutcome(double predicted, boolean recalled) {

    public PredictedOutcome {
        if (!(predicted >= 0 && predicted <= 1)) {
            throw new IllegalArgumentException("predicted recall must be within [0, 1], was " + predicted);
        }
    }
}
