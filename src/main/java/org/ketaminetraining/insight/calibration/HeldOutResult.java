package org.ketaminetraining.insight.calibration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.scheduling.fsrs.FittingResult;

/**
 * What {@link HeldOutFitting#evaluate} decided, and the figures it decided on.
 *
 * @param fullFit         the fit to the whole history: the weights to store (and to use when {@code apply})
 * @param cutoff          the instant the held-out reviews begin at; empty when the reviews could not be split
 * @param trainingReviews scored reviews before the cutoff, which the tested fit saw (all of them when no cutoff)
 * @param heldOutReviews  scored reviews at or after the cutoff, which it did not see
 * @param currentHeldOut  the current weights' calibration on the held-out reviews (empty report when none)
 * @param fittedHeldOut   the calibration on the held-out reviews of the weights fitted to the training reviews only;
 *                        an empty report when that fit was not made or kept the defaults
 * @param apply           whether the fitted weights ({@code fullFit}'s) may replace the current ones
 * @param reason          in plain words, why they may or may not, with the log losses compared
 */
public record HeldOutResult(FittingResult fullFit, Optional<Instant> cutoff, int trainingReviews, int heldOutReviews,
        CalibrationReport currentHeldOut, CalibrationReport fittedHeldOut, boolean apply, String reason) {

    public HeldOutResult {
        Objects.requireNonNull(fullFit, "fullFit");
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(currentHeldOut, "currentHeldOut");
        Objects.requireNonNull(fittedHeldOut, "fittedHeldOut");
        Objects.requireNonNull(reason, "reason");
        if (trainingReviews < 0 || heldOutReviews < 0) {
            throw new IllegalArgumentException("review counts must be >= 0, were " + trainingReviews + " and "
                    + heldOutReviews);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("the decision needs a reason");
        }
        if (apply && (cutoff.isEmpty() || fullFit.outcome() != FittingResult.Outcome.FITTED)) {
            throw new IllegalArgumentException("only weights fitted and tested on held-out reviews can be applied");
        }
    }
}
