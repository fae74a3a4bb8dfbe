package org.ketaminetraining.scheduling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;

/**
 * A ground truth from FSRS-6's own model class: each simulated learner's memory follows the FSRS-6 formulas
 * ({@link MemoryModel}) with that learner's own 21 weights. This is the assumption under which the published
 * FSRS-vs-SM-2 comparisons are made (srs-benchmark fits FSRS-6 per collection; the simulator then replays
 * learners whose memory is FSRS with fitted weights), so it answers "how much does FSRS gain where its model is
 * right?", next to the {@link GroundTruthMemory} truths that ask "and where it is not?".
 *
 * <h2>The weight draw</h2>
 * Weight i of a learner is {@code clamp(default_i · exp(sigma_i · z))} with z standard normal, drawn independently
 * per weight, and clamped to the bounds {@link FsrsParameters#of} enforces (the optimiser's own bounds):
 * <ul>
 *   <li>sigma 0.5 for w0..w3, the initial stabilities after Again, Hard, Good, Easy: they are the weights that vary
 *       most between learners and collections (a first-day memory of hours for one learner, days for another); 90% of
 *       draws lie within x0.44 to x2.3 of the default;</li>
 *   <li>sigma 0.25 for w4..w20 (difficulty, growth after a pass, post-lapse stability, same-day reviews, and the
 *       forgetting curve's decay w20): 90% within x0.66 to x1.5, so a learner's decay w20 ranges about 0.10 to 0.23
 *       around 0.1542.</li>
 * </ul>
 * Multiplicative (lognormal) noise keeps every weight on its own scale and its sign. The spreads are a judgement,
 * fixed before any run, not a fit to the published distribution of FSRS-6 weights; they are probably narrower than
 * real learners differ, which if anything favours the unfitted defaults. w7 sits on its lower bound by default, so
 * about half the learners keep exactly 0.001 there.
 *
 * <p>Items: there is no item trait beyond a prior-knowledge chance (uniform 0.2 to 0.5, as in
 * {@link GroundTruthMemory}) for the very first answer; in FSRS an item's difficulty is what its ratings make it.
 * After the first answer the learner recalls with probability R(t, S) at the true, continuous elapsed time t, and the
 * memory moves as FSRS-6 says for Good (recalled) or Again (not); a review on the same calendar day as the previous
 * one uses FSRS-6's same-day formula.
 */
record FsrsTruth(String name) implements Truth {

    /** Lognormal sigma of the initial stabilities w0..w3. */
    static final double INITIAL_STABILITY_SIGMA = 0.5;
    /** Lognormal sigma of every other weight. */
    static final double OTHER_WEIGHT_SIGMA = 0.25;

    /** One learner's 21 weights, drawn as the class javadoc describes; always accepted by {@link FsrsParameters#of}. */
    static FsrsParameters drawWeights(SplittableRandom random, String version) {
        double[] weights = FsrsParameters.DEFAULT.weights();
        for (int i = 0; i < FsrsParameters.COUNT; i++) {
            double sigma = i < 4 ? INITIAL_STABILITY_SIGMA : OTHER_WEIGHT_SIGMA;
            double drawn = weights[i] * GroundTruthMemory.lognormal(random, sigma);
            weights[i] = Math.min(FsrsParameters.upperBound(i), Math.max(FsrsParameters.lowerBound(i), drawn));
        }
        return FsrsParameters.of(version, weights);
    }

    @Override
    public List<TrueMemory> learner(SplittableRandom habits, int items, IntFunction<SplittableRandom> itemTraits,
            IntFunction<SplittableRandom> pairLuck) {
        MemoryModel model = new MemoryModel(drawWeights(habits, "simulated-learner"));
        List<TrueMemory> memories = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            double priorKnowledge = 0.2 + 0.3 * itemTraits.apply(i).nextDouble();
            memories.add(new Memory(model, priorKnowledge, pairLuck.apply(i)));
        }
        return memories;
    }

    /** One (learner, item)'s memory under the learner's FSRS-6 weights. */
    static final class Memory implements TrueMemory {

        private final MemoryModel model;
        private final double priorKnowledge;
        private final SplittableRandom luck;
        private MemoryState state;
        private double lastExposureDay = Double.NaN;

        Memory(MemoryModel model, double priorKnowledge, SplittableRandom luck) {
            this.model = model;
            this.priorKnowledge = priorKnowledge;
            this.luck = luck;
        }

        @Override
        public boolean review(double day) {
            boolean recalled;
            if (Double.isNaN(lastExposureDay)) {
                recalled = luck.nextDouble() < priorKnowledge;
                state = model.initial(recalled ? Rating.GOOD : Rating.AGAIN);
            } else {
                double elapsed = Math.max(0, day - lastExposureDay);
                recalled = luck.nextDouble() < model.retrievability(elapsed, state.stability());
                boolean sameDay = Math.floor(day) == Math.floor(lastExposureDay);
                state = model.next(state, sameDay ? 0 : elapsed, recalled ? Rating.GOOD : Rating.AGAIN);
            }
            lastExposureDay = day;
            return recalled;
        }

        @Override
        public double recallProbability(double day) {
            if (Double.isNaN(lastExposureDay)) {
                return 0;
            }
            return model.retrievability(Math.max(0, day - lastExposureDay), state.stability());
        }

        @Override
        public double daysUntilRecallFallsTo(double retention) {
            return model.intervalDays(retention, state.stability());
        }
    }
}
