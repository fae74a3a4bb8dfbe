package org.ketaminetraining.scheduling.fsrs;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * Fits the 21 FSRS-6 weights to one learner's review history (what Anki calls "Optimize FSRS parameters"), after
 * the method of the open-source FSRS optimiser (fsrs-rs):
 * <ol>
 *   <li>the initial stabilities w0..w3 are first estimated from each item's first later-day review
 *       ({@link InitialStabilityEstimate});</li>
 *   <li>then all 21 weights are moved by Adam on the mean log loss of the scored reviews
 *       ({@link ReviewLogLoss}, exact gradients) plus an L2 pull towards the starting point, each step clamped to
 *       the bounds {@link FsrsParameters#of} enforces.</li>
 * </ol>
 * The pull is {@code (PRIOR_REVIEWS / n)·Σ((w_k − start_k)/spread_k)²} for n scored reviews: moving every weight by
 * one typical spread costs as much log loss as {@value #PRIOR_REVIEWS} reviews would, whatever the history's size, so
 * a short history stays near the defaults and a long one is free to leave them. (fsrs-rs's penalty has the same form
 * with the weight of one review, and relies on taking few steps to stay near the defaults. Here the steps run to
 * convergence, so the pull has to do that work. On synthetic FSRS learners with 40 to 300 items, a weight of
 * {@value #PRIOR_REVIEWS} was never worse than the defaults on held-out reviews and within 0.005 (mostly 0.002) of the
 * best weight tried, 0.5 to 512; it was fixed before the fitted scheduler met the benchmark simulation.) The start is
 * the defaults except w0..w3, which start from step 1's estimates (those fall back to the defaults when data are few).
 *
 * <p>Adam runs on the whole history at every step (full batch: no sampling, so the result is a pure function of the
 * input), with a learning rate that falls along a half cosine over at most {@value #MAXIMUM_STEPS} steps, stops early
 * once the objective has stopped improving, and keeps the weights with the lowest objective seen. Its steps are in
 * units of each weight's typical spread, so that w3 (tens of days) and w12 (hundredths) both move at a useful pace.
 * Fewer than {@value #MINIMUM_SCORED_REVIEWS} scored reviews, or weights that do not predict the history better than
 * the defaults, and the defaults are returned unchanged, with the reason in the result.
 *
 * <p>Instances are immutable and can be shared between threads.
 */
public final class ParameterOptimiser {

    /** Below this many scored reviews the defaults are kept: 21 weights need more evidence than a few dozen. */
    public static final int MINIMUM_SCORED_REVIEWS = 64;
    /** How many reviews' worth of log loss a move of one typical spread in every weight costs. */
    static final double PRIOR_REVIEWS = 32;
    /** Adam steps at most; a fit of a year's history usually converges in under a hundred. */
    static final int MAXIMUM_STEPS = 200;
    /** The first step's size, in units of each weight's typical spread. */
    private static final double LEARNING_RATE = 0.03;
    /** Stop when the best objective has improved by less than this over {@link #PATIENCE} steps. */
    private static final double TOLERANCE = 1e-6;
    private static final int PATIENCE = 20;
    /**
     * The spread (standard deviation) of each weight across the open benchmark's fitted collections, as published
     * with fsrs-rs: the natural unit for "far from the defaults" and for a step.
     */
    private static final double[] TYPICAL_SPREAD = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
        0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
    private static final double ADAM_DECAY_MEAN = 0.9;
    private static final double ADAM_DECAY_SQUARE = 0.999;
    private static final double ADAM_EPSILON = 1e-8;

    private final FsrsParameters defaults = FsrsParameters.DEFAULT;
    private final int maximumSteps;
    private final double learningRate;
    private final double priorReviews;

    /** The optimiser with the settings this project uses. */
    public ParameterOptimiser() {
        this(MAXIMUM_STEPS, LEARNING_RATE, PRIOR_REVIEWS);
    }

    /**
     * Other settings, for tests and experiments.
     *
     * @param maximumSteps at most this many Adam steps over the whole history
     * @param learningRate the first step's size, in units of each weight's typical spread
     * @param priorReviews the pull's weight, in reviews (see the class comment)
     */
    ParameterOptimiser(int maximumSteps, double learningRate, double priorReviews) {
        if (maximumSteps < 1 || !(learningRate > 0) || !(priorReviews >= 0)) {
            throw new IllegalArgumentException("need at least one step, a positive learning rate and a pull >= 0");
        }
        this.maximumSteps = maximumSteps;
        this.learningRate = learningRate;
        this.priorReviews = priorReviews;
    }

    /**
     * @param items   one learner's history: for each item, its reviews oldest first; an item's first review has
     *                elapsed days 0 (nothing came before it)
     * @param version the label the fitted weights are to carry, e.g. the learner and the date of the fit
     * @throws IllegalArgumentException naming the item and review when an item is null or empty, or an item's first
     *                                  review has elapsed days other than 0; or when the version is blank
     */
    public FittingResult fit(List<List<PastReview>> items, String version) {
        return fit(items, version, done -> {
        });
    }

    /**
     * {@link #fit(List, String)}, telling {@code progress} after each gradient step how much of the work is done,
     * 0 to 1: the share of the at most {@value #MAXIMUM_STEPS} steps taken, then 1 when the result is ready (an
     * early stop jumps to 1). For a background job that shows progress over a large history.
     */
    public FittingResult fit(List<List<PastReview>> items, String version, DoubleConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        FittingResult result = fitWithProgress(items, version, progress);
        progress.accept(1);
        return result;
    }

    private FittingResult fitWithProgress(List<List<PastReview>> items, String version, DoubleConsumer progress) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("the fitted parameters' version must not be blank");
        }
        validate(items);
        ReviewLogLoss loss = new ReviewLogLoss(items);
        int scored = loss.scoredReviews();
        double before = scored == 0 ? Double.NaN : loss.value(defaults);
        if (scored < MINIMUM_SCORED_REVIEWS) {
            return new FittingResult(defaults, FittingResult.Outcome.TOO_LITTLE_HISTORY, scored, before, before, 0);
        }
        double[] start = defaults.weights();
        System.arraycopy(InitialStabilityEstimate.estimate(items, defaults), 0, start, 0, 4);
        Descent descent = new Descent(loss, start, progress);
        FsrsParameters fitted = FsrsParameters.of(version, descent.run());
        double after = loss.value(fitted);
        if (!(after < before)) {
            return new FittingResult(defaults, FittingResult.Outcome.NO_IMPROVEMENT, scored, before, before,
                    descent.steps);
        }
        return new FittingResult(fitted, FittingResult.Outcome.FITTED, scored, before, after, descent.steps);
    }

    private static void validate(List<List<PastReview>> items) {
        for (int i = 0; i < items.size(); i++) {
            List<PastReview> item = items.get(i);
            if (item == null || item.isEmpty()) {
                throw new IllegalArgumentException("item " + i + " has no reviews; leave out items never reviewed");
            }
            for (int j = 0; j < item.size(); j++) {
                if (item.get(j) == null) {
                    throw new IllegalArgumentException("item " + i + ", review " + j + " is null");
                }
            }
            if (item.get(0).elapsedDays() != 0) {
                throw new IllegalArgumentException("item " + i + ": the first review must have elapsed days 0 "
                        + "(there is no earlier review), was " + item.get(0).elapsedDays()
                        + "; is the history in order and complete?");
            }
        }
    }

    /** One run of Adam from a starting point; remembers the best weights it has seen. */
    private final class Descent {
        private final ReviewLogLoss loss;
        private final double[] start;
        private final double pullWeight;
        private final DoubleConsumer progress;
        private int steps;

        Descent(ReviewLogLoss loss, double[] start, DoubleConsumer progress) {
            this.loss = loss;
            this.start = start;
            this.progress = progress;
            this.pullWeight = priorReviews / loss.scoredReviews();
        }

        double[] run() {
            int n = FsrsParameters.COUNT;
            double[] w = start.clone();
            double[] gradient = new double[n];
            double[] mean = new double[n];
            double[] square = new double[n];
            double[] best = w.clone();
            double bestObjective = Double.POSITIVE_INFINITY;
            double bestAtCheckpoint = Double.POSITIVE_INFINITY;
            for (steps = 0; steps < maximumSteps; steps++) {
                double objective = objectiveAndGradient(w, gradient);
                if (objective < bestObjective) {
                    bestObjective = objective;
                    System.arraycopy(w, 0, best, 0, n);
                }
                if (steps % PATIENCE == 0) {
                    if (bestAtCheckpoint - bestObjective < TOLERANCE) {
                        break;
                    }
                    bestAtCheckpoint = bestObjective;
                }
                adamStep(w, gradient, mean, square, steps + 1);
                progress.accept((steps + 1) / (double) maximumSteps);
            }
            return objectiveAndGradient(w, gradient) < bestObjective ? w : best;
        }

        /** One Adam step (the {@code t}-th), in units of each weight's spread, clamped to the bounds. */
        private void adamStep(double[] w, double[] gradient, double[] mean, double[] square, int t) {
            double rate = learningRate * 0.5 * (1 + Math.cos(Math.PI * (t - 1) / maximumSteps));
            double meanCorrection = 1 - Math.pow(ADAM_DECAY_MEAN, t);
            double squareCorrection = 1 - Math.pow(ADAM_DECAY_SQUARE, t);
            for (int k = 0; k < w.length; k++) {
                // With u = w / spread, dObjective/du = gradient · spread, and a step in u is spread times one in w.
                double g = gradient[k] * TYPICAL_SPREAD[k];
                mean[k] = ADAM_DECAY_MEAN * mean[k] + (1 - ADAM_DECAY_MEAN) * g;
                square[k] = ADAM_DECAY_SQUARE * square[k] + (1 - ADAM_DECAY_SQUARE) * g * g;
                double step = rate * (mean[k] / meanCorrection)
                        / (Math.sqrt(square[k] / squareCorrection) + ADAM_EPSILON);
                w[k] = Math.min(Math.max(w[k] - step * TYPICAL_SPREAD[k], FsrsParameters.lowerBound(k)),
                        FsrsParameters.upperBound(k));
            }
        }

        private double objectiveAndGradient(double[] w, double[] gradient) {
            double objective = loss.valueAndGradient(w, gradient);
            for (int k = 0; k < w.length; k++) {
                double distance = (w[k] - start[k]) / TYPICAL_SPREAD[k];
                objective += pullWeight * distance * distance;
                gradient[k] += 2 * pullWeight * distance / TYPICAL_SPREAD[k];
            }
            return objective;
        }
    }
}
