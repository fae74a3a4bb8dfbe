package org.ketaminetraining.insight.calibration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.ketaminetraining.scheduling.fsrs.FittingResult;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.ParameterOptimiser;
import org.ketaminetraining.scheduling.fsrs.PastReview;

/**
 * The decision whether weights fitted to the organisation's reviews may replace the ones in use.
 *
 * <p>A fit always explains the reviews it was fitted to better than the defaults do (the optimiser refuses it
 * otherwise), so that says nothing about the reviews to come. The test here is a time split, as in the open FSRS
 * benchmark: fit on the older reviews only, then compare on the newer ones, which the fit never saw, the current
 * weights' predictions with the fitted weights'. Only a fit that predicts the future better is applied.
 */
public final class HeldOutFitting {

    /** The share of scored reviews, the latest by time, held out from the tested fit. */
    public static final double HELD_OUT_SHARE = 0.2;
    /** Progress reported when the training fit is done; the full fit takes the rest (both fit about as much). */
    private static final double TRAINING_FIT_SHARE = 0.45;
    private static final double SCORING_SHARE = 0.05;

    private HeldOutFitting() {
    }

    /**
     * Decides whether to replace {@code current} by weights fitted to {@code histories}.
     *
     * <ol>
     *   <li>The cutoff is the {@code answeredAt} at which the last {@value #HELD_OUT_SHARE} of scored reviews by time
     *       begin (scored as in {@link RecallPredictions#of}): the ⌈0.2·n⌉-th latest. Every scored review answered
     *       at or after it is held out, including all reviews answered exactly at the cutoff, so ties can hold out a
     *       little more than a fifth. No cutoff when there is no scored review, or none before that instant.</li>
     *   <li>The optimiser fits weights to the histories truncated before the cutoff (reviews answered earlier).</li>
     *   <li>{@code current} and those weights predict the held-out reviews, each replaying the full history before
     *       every held-out review (so a held-out review is predicted from everything the learner did before it,
     *       as the scheduler would have), and {@link Calibration} summarises both.</li>
     *   <li>{@code apply} = the training fit's outcome was {@code FITTED} and its held-out log loss is strictly lower
     *       than the current weights', and the full fit below is {@code FITTED} too.</li>
     *   <li>The optimiser then fits ONCE MORE, on the full histories: those weights, in {@code fullFit}, are the
     *       ones to store and use, since the newest reviews are the most informative. The held-out figures are
     *       therefore of the training-only fit, a slightly conservative estimate for the full fit. The full fit is
     *       made whatever the decision, so the caller can store it beside the current set either way.</li>
     * </ol>
     * Too little history (no cutoff, or fewer than {@link ParameterOptimiser#MINIMUM_SCORED_REVIEWS} training
     * reviews) gives {@code apply} false with the reason.
     *
     * @param histories     one list per learner and item, oldest first, the first with elapsed days 0
     * @param current       the weights in use now
     * @param fittedVersion the version label the fitted weights are to carry
     * @param optimiser     the optimiser to fit with
     * @param progress      told 0 to 1 as the work goes on, never decreasing, 1 at the end
     * @throws IllegalArgumentException naming the history and review when a history is malformed, or when the
     *                                  version is blank
     */
    public static HeldOutResult evaluate(List<List<DatedReview>> histories, FsrsParameters current,
            String fittedVersion, ParameterOptimiser optimiser, DoubleConsumer progress) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(fittedVersion, "fittedVersion");
        Objects.requireNonNull(optimiser, "optimiser");
        Objects.requireNonNull(progress, "progress");
        if (fittedVersion.isBlank()) {
            throw new IllegalArgumentException("the fitted parameters' version must not be blank");
        }
        Histories.validate(histories);
        progress.accept(0);
        List<Instant> scoredTimes = scoredTimes(histories);
        Optional<Instant> cutoff = cutoff(scoredTimes);
        CalibrationReport nothing = Calibration.of(List.of(), Calibration.DEFAULT_BINS);
        if (cutoff.isEmpty()) {
            FittingResult fullFit = fullFit(histories, fittedVersion, optimiser, progress, 0);
            String reason = scoredTimes.isEmpty()
                    ? "no scored reviews (later-day reviews other than an item's first) to test a fit on: "
                            + "current weights kept"
                    : "the " + scoredTimes.size() + " scored reviews cannot be split in time (none is older than "
                            + "the latest fifth), so no fit can be tested on reviews it did not see: current "
                            + "weights kept";
            return new HeldOutResult(fullFit, cutoff, scoredTimes.size(), 0, nothing, nothing, false, reason);
        }
        Instant from = cutoff.get();
        int training = (int) scoredTimes.stream().filter(t -> t.isBefore(from)).count();
        int heldOut = scoredTimes.size() - training;
        List<PredictedOutcome> currentPredictions = RecallPredictions.of(histories, current, from);
        CalibrationReport currentReport = Calibration.of(currentPredictions, Calibration.DEFAULT_BINS);
        String split = String.format(Locale.ROOT, "%d held-out reviews answered from %s on", heldOut, from);
        if (training < ParameterOptimiser.MINIMUM_SCORED_REVIEWS) {
            FittingResult fullFit = fullFit(histories, fittedVersion, optimiser, progress, 0);
            return new HeldOutResult(fullFit, cutoff, training, heldOut, currentReport, nothing, false,
                    "only " + training + " scored reviews before the " + split + " to fit on (at least "
                            + ParameterOptimiser.MINIMUM_SCORED_REVIEWS + " needed): current weights kept");
        }
        FittingResult trainingFit = optimiser.fit(Histories.pastReviewsBefore(histories, from), fittedVersion,
                done -> progress.accept(done * TRAINING_FIT_SHARE));
        if (trainingFit.outcome() != FittingResult.Outcome.FITTED) {
            FittingResult fullFit = fullFit(histories, fittedVersion, optimiser, progress, TRAINING_FIT_SHARE);
            return new HeldOutResult(fullFit, cutoff, training, heldOut, currentReport, nothing, false,
                    "weights fitted to the " + training + " scored reviews before the " + split
                            + " did not even beat the defaults on those reviews (" + trainingFit.summary()
                            + "): current weights kept");
        }
        CalibrationReport fittedReport = Calibration.of(
                RecallPredictions.of(histories, trainingFit.parameters(), from), Calibration.DEFAULT_BINS);
        progress.accept(TRAINING_FIT_SHARE + SCORING_SHARE);
        FittingResult fullFit = fullFit(histories, fittedVersion, optimiser, progress,
                TRAINING_FIT_SHARE + SCORING_SHARE);
        double currentLoss = currentReport.logLoss().orElseThrow();
        double fittedLoss = fittedReport.logLoss().orElseThrow();
        String comparison = String.format(Locale.ROOT,
                "on the %s, weights fitted to the %d scored reviews before them had log loss %.4f, the current "
                        + "weights (%s) %.4f",
                split, training, fittedLoss, current.version(), currentLoss);
        boolean better = fittedLoss < currentLoss;
        boolean apply = better && fullFit.outcome() == FittingResult.Outcome.FITTED;
        String reason;
        if (apply) {
            reason = comparison + ": the fitted weights predict better, and the weights fitted to all "
                    + fullFit.scoredReviews() + " scored reviews replace the current ones";
        } else if (better) {
            reason = comparison + ", but the fit to all reviews kept the defaults (" + fullFit.summary()
                    + "): current weights kept";
        } else {
            reason = comparison + ": the fitted weights predict no better, current weights kept";
        }
        return new HeldOutResult(fullFit, cutoff, training, heldOut, currentReport, fittedReport, apply, reason);
    }

    private static FittingResult fullFit(List<List<DatedReview>> histories, String fittedVersion,
            ParameterOptimiser optimiser, DoubleConsumer progress, double progressBefore) {
        List<List<PastReview>> items = Histories.pastReviewsBefore(histories, null);
        FittingResult fit = optimiser.fit(items, fittedVersion,
                done -> progress.accept(progressBefore + done * (1 - progressBefore)));
        progress.accept(1);
        return fit;
    }

    private static List<Instant> scoredTimes(List<List<DatedReview>> histories) {
        List<Instant> times = new ArrayList<>();
        for (List<DatedReview> history : histories) {
            for (int j = 0; j < history.size(); j++) {
                if (history.get(j).isScored(j)) {
                    times.add(history.get(j).answeredAt());
                }
            }
        }
        times.sort(null);
        return times;
    }

    /** The instant the latest ⌈share·n⌉ scored reviews begin at; empty unless some scored review is older. */
    private static Optional<Instant> cutoff(List<Instant> sortedTimes) {
        int n = sortedTimes.size();
        if (n == 0) {
            return Optional.empty();
        }
        // The epsilon keeps 0.2·n for n a multiple of 5 from rounding up past the whole number it is.
        int heldOut = (int) Math.ceil(n * HELD_OUT_SHARE - 1e-9);
        Instant cutoff = sortedTimes.get(n - Math.max(heldOut, 1));
        return sortedTimes.get(0).isBefore(cutoff) ? Optional.of(cutoff) : Optional.empty();
    }
}
