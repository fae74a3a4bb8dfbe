package org.ketaminetraining.scheduling.fsrs;

import java.util.Objects;
import org.ketaminetraining.scheduling.Rating;

/**
 * The FSRS-6 formulas, exactly as published: numbers in, numbers out, no scheduling decisions.
 *
 * <p>Elapsed time is a real number of days here; turning instants into days is the scheduler's business. Constants
 * that depend only on the weights are computed once, because the study queue and the replay of long logs call
 * these methods millions of times.
 */
public final class MemoryModel {

    /** Lower bound of stability, in days. */
    public static final double MIN_STABILITY = 0.001;
    /** Upper bound of stability, in days (100 years). */
    public static final double MAX_STABILITY = 36500;
    private static final double MIN_DIFFICULTY = 1;
    private static final double MAX_DIFFICULTY = 10;

    private final FsrsParameters parameters;
    private final double[] w;
    /** The exponent of the forgetting curve, -w20. */
    private final double decay;
    /** F = 0.9^(-1/w20) - 1, chosen so that R(S, S) = 0.9. */
    private final double factor;
    /** w7 · D0(Easy), the mean-reversion target's share; D0(Easy) deliberately unclamped. */
    private final double reversionTarget;
    private final double expW8;
    /** S / e^(w17·w18) caps post-lapse stability, so that a lapse never leaves S higher than before. */
    private final double lapseCapDivisor;

    public MemoryModel(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.w = parameters.weights();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
        this.reversionTarget = w[7] * rawInitialDifficulty(Rating.EASY);
        this.expW8 = Math.exp(w[8]);
        this.lapseCapDivisor = Math.exp(w[17] * w[18]);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The memory state after an item's first review. */
    public MemoryState initial(Rating rating) {
        return new MemoryState(initialStability(rating), initialDifficulty(rating));
    }

    /**
     * The memory state after a later review, {@code elapsedDays} after the previous one (0 for the same day).
     * Stability is updated with the old difficulty; the new difficulty is computed in the same step.
     */
    public MemoryState next(MemoryState state, double elapsedDays, Rating rating) {
        requireElapsed(elapsedDays);
        double s = state.stability();
        double d = state.difficulty();
        double newStability;
        if (elapsedDays == 0) {
            newStability = stabilityOnSameDay(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            newStability = rating.isPass() ? stabilityAfterPass(s, d, r, rating) : stabilityAfterLapse(s, d, r);
        }
        return new MemoryState(newStability, nextDifficulty(d, rating));
    }

    /** R(t, S) = (1 + F·t/S)^(-w20): the probability of recall {@code elapsedDays} after the last review. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** The unrounded interval I(r, S) after which recall is expected to have fallen to {@code desiredRetention}. */
    public double intervalDays(double desiredRetention, double stability) {
        return stability * intervalFactor(desiredRetention);
    }

    /**
     * I(r, S) / S, which depends only on the retention: the scheduler computes it once per retention target.
     *
     * @throws IllegalArgumentException unless 0 &lt; r &lt; 1
     */
    public double intervalFactor(double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be within (0, 1), was " + desiredRetention);
        }
        return (Math.pow(desiredRetention, 1 / decay) - 1) / factor;
    }

    /** Difficulty after a review: linear damping towards 10, then mean reversion towards D0(Easy), clamped. */
    public double nextDifficulty(double difficulty, Rating rating) {
        double damped = difficulty - w[6] * (rating.grade() - 3) * (MAX_DIFFICULTY - difficulty) / 9;
        return clampDifficulty(reversionTarget + (1 - w[7]) * damped);
    }

    /** Stability after a pass (Hard, Good, Easy) on a later day, at retrievability {@code r}, with the old D. */
    public double stabilityAfterPass(double stability, double difficulty, double r, Rating rating) {
        return grownStability(stability, passGrowth(stability, difficulty, r), rating);
    }

    /**
     * e^(w8)·(11 − D)·S^(−w9)·(e^(w10·(1 − R)) − 1): the growth of stability after a pass before the Hard penalty
     * or Easy bonus. Shared by the three pass ratings, so a scheduler comparing them computes it once.
     */
    public double passGrowth(double stability, double difficulty, double r) {
        return expW8 * (11 - difficulty) * Math.pow(stability, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1);
    }

    /** Stability after a pass given {@link #passGrowth}: S·(1 + growth·h·b), h = w15 for Hard, b = w16 for Easy. */
    public double grownStability(double stability, double passGrowth, Rating rating) {
        if (!rating.isPass()) {
            throw new IllegalArgumentException("Again is a lapse, not a pass");
        }
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return clampStability(stability * (1 + passGrowth * hardPenalty * easyBonus));
    }

    /** Stability right after a first review rated {@code rating}: w[G − 1]. */
    public double initialStability(Rating rating) {
        return clampStability(w[rating.grade() - 1]);
    }

    /** Difficulty right after a first review rated {@code rating}: D0(G), clamped. */
    public double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    /** Stability after a lapse (Again) on a later day, at retrievability {@code r}, with the old D. */
    public double stabilityAfterLapse(double stability, double difficulty, double r) {
        double forgetting = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp(w[14] * (1 - r));
        return clampStability(Math.min(forgetting, stability / lapseCapDivisor));
    }

    /** Stability after a review on the same day as the previous one (t = 0); a pass never lowers it. */
    public double stabilityOnSameDay(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating.isPass()) {
            increase = Math.max(increase, 1);
        }
        return clampStability(stability * increase);
    }

    private double rawInitialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, MIN_STABILITY), MAX_STABILITY);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    private static void requireElapsed(double elapsedDays) {
        if (!(elapsedDays >= 0) || Double.isInfinite(elapsedDays)) {
            throw new IllegalArgumentException("elapsed days must be finite and >= 0, was " + elapsedDays);
        }
    }
}
