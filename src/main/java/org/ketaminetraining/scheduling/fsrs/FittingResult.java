package org.ketaminetraining.scheduling.fsrs;

import java.util.Locale;
import java.util.Objects;

/**
 * What {@link ParameterOptimiser#fit} found. The log losses are measured on the history the weights were fitted to
 * (as Anki's "Optimize" reports them): they show that the fit explains that history better, not how well it will
 * predict reviews to come.
 *
 * @param parameters     the weights to use: fitted ones, or the defaults when {@code outcome} says so
 * @param outcome        whether the weights were fitted, and if not, why not
 * @param scoredReviews  how many reviews the loss is measured on (later-day reviews other than an item's first)
 * @param logLossBefore  mean log loss of the default weights on those reviews; NaN when there are none
 * @param logLossAfter   mean log loss of {@code parameters} on those reviews; NaN when there are none
 * @param steps          gradient steps taken; 0 unless the optimiser ran
 */
public record FittingResult(FsrsParameters parameters, Outcome outcome, int scoredReviews, double logLossBefore,
        double logLossAfter, int steps) {

    public FittingResult {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Why the result holds the weights it holds. */
    public enum Outcome {
        /** The weights were fitted to the history and predict it better than the defaults. */
        FITTED,
        /** Too few scored reviews to fit 21 weights; the defaults are returned unchanged. */
        TOO_LITTLE_HISTORY,
        /** The fitted weights predicted the history no better than the defaults, which are returned instead. */
        NO_IMPROVEMENT
    }

    /** One sentence for a log or a settings page. */
    public String summary() {
        return switch (outcome) {
            case FITTED -> String.format(Locale.ROOT,
                    "fitted to %d scored reviews: log loss %.4f with the defaults, %.4f fitted", scoredReviews,
                    logLossBefore, logLossAfter);
            case TOO_LITTLE_HISTORY -> "only " + scoredReviews + " scored reviews (at least "
                    + ParameterOptimiser.MINIMUM_SCORED_REVIEWS + " needed): defaults kept";
            case NO_IMPROVEMENT -> String.format(Locale.ROOT,
                    "fitted weights did not beat the defaults on %d scored reviews (log loss %.4f): defaults kept",
                    scoredReviews, logLossBefore);
        };
    }
}
