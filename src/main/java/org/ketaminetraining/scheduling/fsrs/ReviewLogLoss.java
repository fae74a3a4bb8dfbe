package org.ketaminetraining.scheduling.fsrs;

import java.util.Arrays;
import java.util.List;
import org.ketaminetraining.scheduling.Rating;

/**
 * The mean log loss (binary cross-entropy) of FSRS-6's predicted recall over a learner's review history, and its
 * exact gradient with respect to the 21 weights.
 *
 * <p>What is scored, as in fsrs-rs: every review on a later day than the item's previous one (elapsed days &gt; 0)
 * except the item's first, predicted with R(t, S) from the state before it; the outcome is a pass unless the rating
 * is Again. Same-day reviews move the state (FSRS-6's short-term formula) but are not scored: the model does not
 * claim to predict them.
 *
 * <p>The gradient is forward-mode: each item's state carries, next to S and D, their derivatives with respect to
 * every weight, and each review applies the chain rule through the formula it used. The partial derivatives are
 * written out by hand beside the formulas rather than obtained from a general dual-number type, because a dual
 * number per intermediate value would allocate millions of 21-element arrays per fit; the unit tests check them
 * against central differences. {@link #value} replays the same history with {@link MemoryModel} itself, so the
 * loss that the optimiser reports does not rely on this class's copy of the formulas.
 */
final class ReviewLogLoss {

    private static final int W = FsrsParameters.COUNT;
    /** A prediction of exactly 0 or 1 that turns out wrong would cost infinitely much; no real model is that sure. */
    private static final double PROBABILITY_FLOOR = 1e-7;
    private static final double LN_09 = Math.log(0.9);

    /** Index into the review arrays of each item's first review; one extra entry marks the end. */
    private final int[] itemStarts;
    private final double[] elapsedDays;
    private final int[] grades;
    private final int scoredReviews;

    /** @param items each item's reviews, oldest first; validated by the caller (non-empty, first elapsed 0) */
    ReviewLogLoss(List<List<PastReview>> items) {
        int total = 0;
        for (List<PastReview> item : items) {
            total += item.size();
        }
        itemStarts = new int[items.size() + 1];
        elapsedDays = new double[total];
        grades = new int[total];
        int next = 0;
        int scored = 0;
        for (int i = 0; i < items.size(); i++) {
            itemStarts[i] = next;
            List<PastReview> item = items.get(i);
            for (int j = 0; j < item.size(); j++) {
                elapsedDays[next] = item.get(j).elapsedDays();
                grades[next] = item.get(j).rating().grade();
                scored += j > 0 && elapsedDays[next] > 0 ? 1 : 0;
                next++;
            }
        }
        itemStarts[items.size()] = next;
        scoredReviews = scored;
    }

    int scoredReviews() {
        return scoredReviews;
    }

    /** Mean log loss of {@code parameters} over the scored reviews, computed with {@link MemoryModel}; NaN if none. */
    double value(FsrsParameters parameters) {
        MemoryModel model = new MemoryModel(parameters);
        double sum = 0;
        for (int item = 0; item + 1 < itemStarts.length; item++) {
            int start = itemStarts[item];
            MemoryState state = model.initial(Rating.ofGrade(grades[start]));
            for (int i = start + 1; i < itemStarts[item + 1]; i++) {
                Rating rating = Rating.ofGrade(grades[i]);
                if (elapsedDays[i] > 0) {
                    sum += crossEntropy(model.retrievability(elapsedDays[i], state.stability()), rating.isPass());
                }
                state = model.next(state, elapsedDays[i], rating);
            }
        }
        return sum / scoredReviews;
    }

    /**
     * Mean log loss of the weights {@code w} and, into {@code gradient}, its derivative with respect to each.
     * The weights must lie within the optimiser's bounds. Where a clamp is active (stability, difficulty or a
     * prediction outside its range) the derivative through it is 0, as for a clamp in PyTorch or Burn.
     */
    double valueAndGradient(double[] w, double[] gradient) {
        Arrays.fill(gradient, 0);
        Tangents tangents = new Tangents(w);
        double sum = 0;
        for (int item = 0; item + 1 < itemStarts.length; item++) {
            sum += tangents.replayItem(itemStarts[item], itemStarts[item + 1], gradient);
        }
        for (int k = 0; k < W; k++) {
            gradient[k] /= scoredReviews;
        }
        return sum / scoredReviews;
    }

    private static double crossEntropy(double predicted, boolean passed) {
        double p = Math.min(Math.max(predicted, PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
        return passed ? -Math.log(p) : -Math.log(1 - p);
    }

    /**
     * One item's memory state with its derivatives dS/dw and dD/dw, replayed review by review. The formulas are
     * {@link MemoryModel}'s, in the same order of operations so that the values agree to the last bit or two.
     */
    private final class Tangents {
        private final double[] w;
        private final double decay;
        private final double factor;
        /** dF/dw20 for F = 0.9^(-1/w20) - 1. */
        private final double factorSlope;
        private final double expW8;
        private final double lapseCapDivisor;
        /** D0(Easy) = w4 - e^(3·w5) + 1, unclamped: the target of difficulty's mean reversion. */
        private final double easyInitialDifficulty;
        private final double[] ds = new double[W];
        private final double[] dd = new double[W];
        private double s;
        private double d;

        Tangents(double[] w) {
            this.w = w;
            this.decay = -w[20];
            this.factor = Math.pow(0.9, 1 / decay) - 1;
            this.factorSlope = (factor + 1) * LN_09 / (w[20] * w[20]);
            this.expW8 = Math.exp(w[8]);
            this.lapseCapDivisor = Math.exp(w[17] * w[18]);
            this.easyInitialDifficulty = w[4] - Math.exp(w[5] * 3) + 1;
        }

        /** Replays reviews [start, end) of one item, adds d(sum of losses)/dw to {@code gradient}, returns the sum. */
        double replayItem(int start, int end, double[] gradient) {
            begin(grades[start]);
            double sum = 0;
            for (int i = start + 1; i < end; i++) {
                double t = elapsedDays[i];
                int grade = grades[i];
                if (t > 0) {
                    sum += laterDay(t, grade, gradient);
                } else {
                    sameDay(grade);
                }
                updateDifficulty(grade);
            }
            return sum;
        }

        private void begin(int grade) {
            Arrays.fill(ds, 0);
            Arrays.fill(dd, 0);
            double initial = w[grade - 1];
            s = clamp(initial, MemoryModel.MIN_STABILITY, MemoryModel.MAX_STABILITY);
            if (within(initial, MemoryModel.MIN_STABILITY, MemoryModel.MAX_STABILITY)) {
                ds[grade - 1] = 1;
            }
            double growth = Math.exp(w[5] * (grade - 1));
            double raw = w[4] - growth + 1;
            d = clamp(raw, 1, 10);
            if (within(raw, 1, 10)) {
                dd[4] = 1;
                dd[5] = -(grade - 1) * growth;
            }
        }

        /** Scores the review, then applies the pass or lapse formula; returns the review's loss. */
        private double laterDay(double t, int grade, double[] gradient) {
            double base = 1 + factor * t / s;
            double r = Math.pow(base, decay);
            double drds = r * w[20] * factor * t / (base * s * s);
            double drdw20 = r * (-Math.log(base) - w[20] * (t / s) * factorSlope / base);
            boolean passed = grade > 1;
            if (within(r, PROBABILITY_FLOOR, 1 - PROBABILITY_FLOOR)) {
                double dLossDr = passed ? -1 / r : 1 / (1 - r);
                for (int k = 0; k < W; k++) {
                    gradient[k] += dLossDr * drds * ds[k];
                }
                gradient[20] += dLossDr * drdw20;
            }
            double loss = crossEntropy(r, passed);
            if (passed) {
                afterPass(r, drds, drdw20, grade);
            } else {
                afterLapse(r, drds, drdw20);
            }
            return loss;
        }

        /** S' = S·(1 + G·h·b) with G = e^(w8)·(11 − D)·S^(−w9)·(e^(w10·(1 − R)) − 1). */
        private void afterPass(double r, double drds, double drdw20, int grade) {
            double recallTerm = Math.exp(w[10] * (1 - r));
            double stabilityTerm = Math.pow(s, -w[9]);
            double growth = expW8 * (11 - d) * stabilityTerm * (recallTerm - 1);
            double hard = grade == 2 ? w[15] : 1;
            double easy = grade == 4 ? w[16] : 1;
            double raw = s * (1 + growth * hard * easy);
            double scale = s * hard * easy;
            double dGrowthDr = -expW8 * (11 - d) * stabilityTerm * recallTerm * w[10];
            double dGrowthDs = -w[9] * growth / s + dGrowthDr * drds;
            double dGrowthDd = -expW8 * stabilityTerm * (recallTerm - 1);
            if (!propagateStability(raw, 1 + growth * hard * easy + scale * dGrowthDs, scale * dGrowthDd)) {
                return;
            }
            ds[8] += scale * growth;
            ds[9] += scale * -growth * Math.log(s);
            ds[10] += scale * expW8 * (11 - d) * stabilityTerm * recallTerm * (1 - r);
            ds[20] += scale * dGrowthDr * drdw20;
            if (grade == 2) {
                ds[15] += s * growth * easy;
            } else if (grade == 4) {
                ds[16] += s * growth * hard;
            }
            s = raw;
        }

        /** S' = min(w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1 − R)), S / e^(w17·w18)). */
        private void afterLapse(double r, double drds, double drdw20) {
            double difficultyTerm = Math.pow(d, -w[12]);
            double stabilityPower = Math.pow(s + 1, w[13]);
            double recallTerm = Math.exp(w[14] * (1 - r));
            double forgetting = w[11] * difficultyTerm * (stabilityPower - 1) * recallTerm;
            double cap = s / lapseCapDivisor;
            if (forgetting <= cap) {
                double dds = w[11] * difficultyTerm * recallTerm * w[13] * stabilityPower / (s + 1)
                        - forgetting * w[14] * drds;
                if (!propagateStability(forgetting, dds, -w[12] * forgetting / d)) {
                    return;
                }
                ds[11] += difficultyTerm * (stabilityPower - 1) * recallTerm;
                ds[12] += -forgetting * Math.log(d);
                ds[13] += w[11] * difficultyTerm * recallTerm * stabilityPower * Math.log(s + 1);
                ds[14] += forgetting * (1 - r);
                ds[20] += -forgetting * w[14] * drdw20;
                s = forgetting;
            } else {
                if (!propagateStability(cap, 1 / lapseCapDivisor, 0)) {
                    return;
                }
                ds[17] += -cap * w[18];
                ds[18] += -cap * w[17];
                s = cap;
            }
        }

        /** S' = S·e^(w17·(G − 3 + w18))·S^(−w19), at least S after a pass. */
        private void sameDay(int grade) {
            double increase = Math.exp(w[17] * (grade - 3 + w[18])) * Math.pow(s, -w[19]);
            if (grade > 1 && increase < 1) {
                // max(SInc, 1) chose 1: S' = S, and its derivatives stay as they are.
                s = clamp(s, MemoryModel.MIN_STABILITY, MemoryModel.MAX_STABILITY);
                return;
            }
            double raw = s * increase;
            if (!propagateStability(raw, increase * (1 - w[19]), 0)) {
                return;
            }
            ds[17] += raw * (grade - 3 + w[18]);
            ds[18] += raw * w[17];
            ds[19] += -raw * Math.log(s);
            s = raw;
        }

        /**
         * dS'/dw = (dS'/dS)·dS/dw + (dS'/dD)·dD/dw (the weights' direct terms are added by the caller when this
         * returns true). A clamped S' stops the derivative and is stored clamped; returns false then.
         */
        private boolean propagateStability(double raw, double slopeS, double slopeD) {
            if (!within(raw, MemoryModel.MIN_STABILITY, MemoryModel.MAX_STABILITY)) {
                Arrays.fill(ds, 0);
                s = clamp(raw, MemoryModel.MIN_STABILITY, MemoryModel.MAX_STABILITY);
                return false;
            }
            for (int k = 0; k < W; k++) {
                ds[k] = slopeS * ds[k] + slopeD * dd[k];
            }
            return true;
        }

        /** D' = clamp(w7·D0(Easy) + (1 − w7)·(D − w6·(G − 3)·(10 − D)/9), 1, 10), with the old D. */
        private void updateDifficulty(int grade) {
            double damped = d - w[6] * (grade - 3) * (10 - d) / 9;
            double raw = w[7] * easyInitialDifficulty + (1 - w[7]) * damped;
            if (!within(raw, 1, 10)) {
                Arrays.fill(dd, 0);
                d = clamp(raw, 1, 10);
                return;
            }
            double slope = (1 - w[7]) * (1 + w[6] * (grade - 3) / 9);
            for (int k = 0; k < W; k++) {
                dd[k] *= slope;
            }
            dd[4] += w[7];
            dd[5] += -w[7] * 3 * Math.exp(w[5] * 3);
            dd[6] += -(1 - w[7]) * (grade - 3) * (10 - d) / 9;
            dd[7] += easyInitialDifficulty - damped;
            d = raw;
        }
    }

    private static boolean within(double x, double low, double high) {
        return x >= low && x <= high;
    }

    private static double clamp(double x, double low, double high) {
        return Math.min(Math.max(x, low), high);
    }
}
