package org.ketaminetraining.scheduling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The simulated learners' real memory: the ground truth against which FSRS-6 and SM-2 are compared. It is
 * deliberately NOT FSRS, and neither scheduler can see it; they see only pass or fail.
 *
 * <h2>Model</h2>
 * Each (learner, item) pair has a true stability H (days until recall falls to 90%) and a learner-specific
 * forgetting exponent beta. Recall probability t days after the last exposure is the power law
 * {@code p = (1 + c·t/H)^(-beta)}, with {@code c = 0.9^(-1/beta) - 1} so that p(H) = 0.9.
 * <ul>
 *   <li>First exposure: the learner answers from prior knowledge (probability {@code priorKnowledge} of the item,
 *       0.2 to 0.5, which includes multiple-choice guessing), then sees the answer; H becomes the encoding
 *       strength H0 (doubled if the first answer was right).</li>
 *   <li>Successful recall at probability p: {@code H *= 1 + A·q·(1 - p)^0.7·(1 + H/100)^-0.3}. Harder recalls
 *       strengthen memory more (the spacing effect: a repetition minutes later, at p near 1, adds almost nothing),
 *       and gains shrink for memories that are already strong.</li>
 *   <li>Failed recall: the learner sees the answer again; {@code H = max(H0, 0.3·H)}.</li>
 * </ul>
 * The forms differ from FSRS on purpose: the exponent of forgetting varies by learner (FSRS-6's default assumes
 * 0.1542 for everyone), gains follow a power of (1 - p) rather than FSRS's exponential, item difficulty is a fixed
 * trait that no rating changes, and saturation follows its own law.
 *
 * <h2>Variation (lognormal unless stated, median first)</h2>
 * Per learner: beta 0.5 (sigma 0.25, kept within [0.2, 1.5]); gain A 10 (sigma 0.2); encoding factor 1 (sigma 0.3).
 * Per item: ease q 1 (sigma 0.3); encoding factor 1 (sigma 0.4); prior knowledge uniform in [0.2, 0.5].
 * H0 = 0.3 days x learner factor x item factor, so that a median learner recalls a median item with p = 0.75 one day
 * after its first session.
 *
 * <h2>Sensitivity variants</h2>
 * {@link Variant} changes one assumption at a time, side by side with the baseline (whose numbers are unchanged):
 * the forgetting exponent; the spread of item ease (real item difficulty varies widely: half-lives in Duolingo's
 * data span orders of magnitude, Settles and Meeder 2016; item difficulty is a major term in ACT-R and DASH fits,
 * Pavlik and Anderson 2008, Mozer and Lindsey 2016); and the saturation law (stabilisation falls as stability grows,
 * Wozniak, Gorzelanczyk and Murakowski 1995; the FSRS-6 medians fitted on ~10,000 collections give gain ~ S^-0.17,
 * a ratio of about 0.46 between S = 2 and S = 200, which (1 + H/20)^-0.35 matches while the baseline gives 0.72).
 * The last variant borrows its shape from an FSRS fit and is therefore not independent of FSRS: it is a check, not
 * a replacement of the baseline.
 *
 * <h2>Calibration and honesty</h2>
 * The medians were fixed from two targets about memory alone, before either scheduler ran: about 75% recall the day
 * after a first study session, and a strength gain of about 3x for a successful review at 90% recall (the growth an
 * SM-2 ease of 2.5 implies, and that FSRS-6's defaults give for a medium item). They were not changed after seeing
 * the comparison. Every random draw comes from a stream seeded by (seed, learner, item), so both schedulers face the
 * same learners, items and luck.
 */
final class GroundTruthMemory implements TrueMemory {

    private static final double GAIN_EXPONENT = 0.7;
    private static final double LAPSE_KEEP = 0.3;

    /** One learner's traits. */
    record Learner(double beta, double gain, double encoding) {
        static Learner draw(SplittableRandom random, Variant variant) {
            double beta = Math.min(1.5, Math.max(0.2, variant.medianBeta() * lognormal(random, 0.25)));
            return new Learner(beta, 10 * lognormal(random, 0.2), lognormal(random, 0.3));
        }
    }

    /** One item's traits. */
    record Item(double ease, double encoding, double priorKnowledge) {
        static Item draw(SplittableRandom random, Variant variant) {
            return new Item(lognormal(random, variant.itemEaseSigma()), lognormal(random, 0.4),
                    0.2 + 0.3 * random.nextDouble());
        }
    }

    /**
     * Alternative truths, reported side by side so that no single assumption decides the comparison.
     *
     * @param name               label in the report
     * @param medianBeta         median forgetting exponent across learners
     * @param itemEaseSigma      lognormal sigma of the per-item ease q (baseline 0.3)
     * @param saturationDays     H at which the gain has shrunk by 2^-saturationExponent (baseline 100)
     * @param saturationExponent exponent of the saturation law (baseline 0.3)
     */
    record Variant(String name, double medianBeta, double itemEaseSigma, double saturationDays,
            double saturationExponent) implements Truth {

        @Override
        public List<TrueMemory> learner(SplittableRandom habits, int items, IntFunction<SplittableRandom> itemTraits,
                IntFunction<SplittableRandom> pairLuck) {
            Learner traits = Learner.draw(habits, this);
            List<TrueMemory> memories = new ArrayList<>(items);
            for (int i = 0; i < items; i++) {
                memories.add(new GroundTruthMemory(traits, Item.draw(itemTraits.apply(i), this), this,
                        pairLuck.apply(i)));
            }
            return memories;
        }

        /** The baseline's item variation and saturation with another forgetting exponent. */
        static Variant ofBeta(String name, double medianBeta) {
            return new Variant(name, medianBeta, 0.3, 100, 0.3);
        }
    }

    private final Learner learner;
    private final Item item;
    private final Variant variant;
    private final SplittableRandom random;
    private final double encodedStability;
    private double stability;
    private double lastExposureDay = Double.NaN;

    GroundTruthMemory(Learner learner, Item item, Variant variant, SplittableRandom random) {
        this.learner = learner;
        this.item = item;
        this.variant = variant;
        this.random = random;
        this.encodedStability = 0.3 * learner.encoding() * item.encoding();
    }

    @Override
    public boolean review(double day) {
        boolean recalled;
        if (Double.isNaN(lastExposureDay)) {
            recalled = random.nextDouble() < item.priorKnowledge();
            stability = encodedStability * (recalled ? 2 : 1);
        } else {
            double p = recallProbability(day);
            recalled = random.nextDouble() < p;
            if (recalled) {
                stability *= 1 + learner.gain() * item.ease() * Math.pow(1 - p, GAIN_EXPONENT)
                        * Math.pow(1 + stability / variant.saturationDays(), -variant.saturationExponent());
            } else {
                stability = Math.max(encodedStability, LAPSE_KEEP * stability);
            }
        }
        lastExposureDay = day;
        return recalled;
    }

    /** The item's fixed ease q, for diagnostics only. */
    double itemEase() {
        return item.ease();
    }

    @Override
    public double recallProbability(double day) {
        if (Double.isNaN(lastExposureDay)) {
            return 0;
        }
        double beta = learner.beta();
        double c = Math.pow(0.9, -1 / beta) - 1;
        return Math.pow(1 + c * Math.max(0, day - lastExposureDay) / stability, -beta);
    }

    /** Solves (1 + c·t/H)^(-beta) = r for t; exactly H for r = 0.9, since c is defined by p(H) = 0.9. */
    @Override
    public double daysUntilRecallFallsTo(double retention) {
        double beta = learner.beta();
        double c = Math.pow(0.9, -1 / beta) - 1;
        return stability * ((Math.pow(retention, -1 / beta) - 1) / c);
    }

    static double lognormal(SplittableRandom random, double sigma) {
        return Math.exp(sigma * gaussian(random));
    }

    /** Box-Muller, so that the draws depend only on the seeded stream. */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
