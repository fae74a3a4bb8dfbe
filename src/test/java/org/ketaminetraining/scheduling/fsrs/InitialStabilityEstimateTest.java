package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;

class InitialStabilityEstimateTest {

    /** {@code count} items first rated {@code first}, next reviewed {@code days} later, {@code passes} of them passed. */
    private static List<List<PastReview>> firstIntervals(Rating first, double days, int count, int passes) {
        List<List<PastReview>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(List.of(new PastReview(0, first), new PastReview(0, Rating.GOOD),
                    new PastReview(days, i < passes ? Rating.GOOD : Rating.AGAIN)));
        }
        return items;
    }

    /** S at which the default forgetting curve gives {@code recall} after {@code days}. */
    private static double stabilityFor(double recall, double days) {
        double decay = -FsrsParameters.DEFAULT.weight(20);
        double factor = Math.pow(0.9, 1 / decay) - 1;
        return factor * days / (Math.pow(recall, 1 / decay) - 1);
    }

    @Test
    void findsTheStabilityThatExplainsTheFirstLaterDayOutcomes() {
        List<List<PastReview>> items = new ArrayList<>(firstIntervals(Rating.GOOD, 3, 200, 140));
        items.addAll(firstIntervals(Rating.AGAIN, 1, 200, 120));

        double[] s0 = InitialStabilityEstimate.estimate(items, FsrsParameters.DEFAULT);

        // 70% recalled after 3 days, 60% after 1 day; smoothing and the pull move the estimate by a few percent.
        assertThat(s0[2]).isCloseTo(stabilityFor(0.70, 3), within(0.05 * stabilityFor(0.70, 3)));
        assertThat(s0[0]).isCloseTo(stabilityFor(0.60, 1), within(0.05 * stabilityFor(0.60, 1)));
        assertThat(s0[2]).isNotCloseTo(FsrsParameters.DEFAULT.weight(2), within(0.1));
    }

    @Test
    void aRatingWithTooFewFirstReviewsKeepsItsDefaultScaledByTheOthersShift() {
        double good = stabilityFor(0.75, 4);
        List<List<PastReview>> items = new ArrayList<>(firstIntervals(Rating.GOOD, 4, 400, 300));
        items.addAll(firstIntervals(Rating.HARD, 4, InitialStabilityEstimate.MINIMUM_SAMPLES - 1, 0));

        double[] s0 = InitialStabilityEstimate.estimate(items, FsrsParameters.DEFAULT);

        double shift = s0[2] / FsrsParameters.DEFAULT.weight(2);
        assertThat(s0[2]).isCloseTo(good, within(0.05 * good));
        assertThat(s0[1]).isCloseTo(FsrsParameters.DEFAULT.weight(1) * shift, within(1e-9));
        assertThat(s0[3]).isCloseTo(FsrsParameters.DEFAULT.weight(3) * shift, within(1e-9));
    }

    @Test
    void withNoUsableFirstReviewsTheDefaultsStay() {
        double[] s0 = InitialStabilityEstimate.estimate(firstIntervals(Rating.GOOD, 2, 5, 5), FsrsParameters.DEFAULT);

        assertThat(s0).containsExactly(0.212, 1.2931, 2.3065, 8.2956);
    }

    @Test
    void initialStabilitiesRiseWithTheRatingAroundTheBestSupportedOne() {
        // Again recalled better than Good: impossible for the model, so the better-supported Good value wins.
        List<List<PastReview>> items = new ArrayList<>(firstIntervals(Rating.GOOD, 2, 300, 150));
        items.addAll(firstIntervals(Rating.AGAIN, 2, 40, 38));

        double[] s0 = InitialStabilityEstimate.estimate(items, FsrsParameters.DEFAULT);

        assertThat(s0[0]).isLessThanOrEqualTo(s0[1]);
        assertThat(s0[1]).isLessThanOrEqualTo(s0[2]);
        assertThat(s0[2]).isLessThanOrEqualTo(s0[3]);
        assertThat(s0[2]).isCloseTo(stabilityFor(0.5, 2), within(0.1 * stabilityFor(0.5, 2)));
    }
}
