package org.ketaminetraining.insight.items;

import java.util.OptionalDouble;

/**
 * Spaced-repetition figures of one item over every learner's review log (definitions in {@link SrsItemMetrics}).
 * Every {@code OptionalDouble} is empty when {@code enoughReviews} is false or the figure is undefined.
 *
 * @param itemKey                     the item
 * @param reviews                     answers logged
 * @param learners                    learners who answered it
 * @param enoughReviews               whether {@code reviews} reached the minimum
 * @param firstTryAccuracy            share of learners whose first answer was right
 * @param lapseRate                   lapses / later-day reviews after a first right answer
 * @param meanDifficulty              mean over learners of FSRS difficulty after their last answer, 1..10
 * @param medianDaysToStability21     median study days from a learner's first answer to the answer that took
 *                                    stability to 21 days or more; learners who never got there are not counted
 * @param learnersReachedStability21  how many learners got there
 * @param confidentlyWrongRate        share of high-confidence answers that were wrong
 * @param medianResponseSeconds       median time to answer
 * @param leeches                     learners with at least the leech number of lapses (8 unless asked otherwise)
 * @param maxLapses                   the most lapses of any one learner
 */
public record SrsMetrics(String itemKey, int reviews, int learners, boolean enoughReviews,
        OptionalDouble firstTryAccuracy, OptionalDouble lapseRate, OptionalDouble meanDifficulty,
        OptionalDouble medianDaysToStability21, int learnersReachedStability21, OptionalDouble confidentlyWrongRate,
        OptionalDouble medianResponseSeconds, int leeches, int maxLapses) {

    public SrsMetrics {
        Checks.key(itemKey, "itemKey");
        Checks.atLeast(reviews, 0, "reviews");
        Checks.atLeast(learners, 0, "learners");
        if (learners > reviews) {
            throw new IllegalArgumentException("item " + itemKey + " has more learners (" + learners
                    + ") than reviews (" + reviews + ")");
        }
        Checks.within(firstTryAccuracy, 0, 1, "firstTryAccuracy");
        Checks.within(lapseRate, 0, 1, "lapseRate");
        Checks.within(meanDifficulty, 1, 10, "meanDifficulty");
        Checks.within(medianDaysToStability21, 0, Double.MAX_VALUE, "medianDaysToStability21");
        Checks.within(learnersReachedStability21, 0, learners, "learnersReachedStability21");
        Checks.within(confidentlyWrongRate, 0, 1, "confidentlyWrongRate");
        Checks.within(medianResponseSeconds, 0, Double.MAX_VALUE, "medianResponseSeconds");
        Checks.within(leeches, 0, learners, "leeches");
        Checks.atLeast(maxLapses, 0, "maxLapses");
        if (!enoughReviews && (firstTryAccuracy.isPresent() || lapseRate.isPresent() || meanDifficulty.isPresent()
                || confidentlyWrongRate.isPresent() || medianResponseSeconds.isPresent())) {
            throw new IllegalArgumentException("item " + itemKey + " has figures from too few reviews");
        }
    }
}
